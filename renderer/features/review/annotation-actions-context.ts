import { createContext, useContext } from 'react';
import type { StoryDocument } from '../../../shared/model/project';

/**
 * What an annotation in the side list can do beyond showing, status and delete: edit and its reply thread. Given by
 * the document view through context, so the list between them need not pass each action along.
 */
export interface AnnotationItemActions {
  document: StoryDocument;
  /** The annotation whose edit form is open, if any. */
  editingId: string | null;
  edit: (annotationId: string) => void;
  reply: (annotationId: string, text: string) => Promise<boolean>;
  editReply: (annotationId: string, replyId: string, text: string) => Promise<boolean>;
  removeReply: (annotationId: string, replyId: string) => Promise<boolean>;
}

export const AnnotationActionsContext = createContext<AnnotationItemActions | null>(null);

/** The item actions of the surrounding document view, or null outside one (the item then offers fewer actions). */
export function useAnnotationItemActions(): AnnotationItemActions | null {
  return useContext(AnnotationActionsContext);
}
