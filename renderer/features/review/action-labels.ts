import type { TFunction } from 'i18next';

/**
 * What an undoable change was, in words that fit "Undo: …" and "Undone: …": every project command type, plus
 * 'import' and 'projects.rename' (the other steps main records). An unknown action (a newer main) gets a neutral name.
 */
export function actionName(t: TFunction, action: string): string {
  switch (action) {
    case 'document.add':
      return t('annotations.action.documentAdd');
    case 'document.rename':
      return t('annotations.action.documentRename');
    case 'document.remove':
      return t('annotations.action.documentRemove');
    case 'version.update':
      return t('annotations.action.versionUpdate');
    case 'version.editText':
      return t('annotations.action.versionEditText');
    case 'version.remove':
      return t('annotations.action.versionRemove');
    case 'document.columns':
      return t('annotations.action.documentColumns');
    case 'project.review':
      return t('annotations.action.projectReview');
    case 'annotation.add':
      return t('annotations.action.annotationAdd');
    case 'annotation.update':
      return t('annotations.action.annotationUpdate');
    case 'annotation.remove':
      return t('annotations.action.annotationRemove');
    case 'annotation.reply':
      return t('annotations.action.annotationReply');
    case 'annotation.replyEdit':
      return t('annotations.action.annotationReplyEdit');
    case 'annotation.replyRemove':
      return t('annotations.action.annotationReplyRemove');
    case 'alignment.fix':
      return t('annotations.action.alignmentFix');
    case 'alignment.unfix':
      return t('annotations.action.alignmentUnfix');
    case 'import':
      return t('annotations.action.import');
    case 'projects.rename':
      return t('annotations.action.projectRename');
    default:
      return t('annotations.action.other');
  }
}
