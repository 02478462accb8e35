import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationStatus } from '../../../shared/model/annotation';
import type { ProjectCommandInput } from '../../../shared/model/commands';
import type { Project, StoryDocument } from '../../../shared/model/project';
import { useAnnounce } from '../../app/announcer';
import { translateError } from '../../app/errors';
import type { AnnotationItemActions } from './annotation-actions-context';
import type { AnnotationDraft } from './AnnotationForm';
import { hasSpan, sameSpans, spanFromRange, type FormSpan } from './form-spans';
import { findListItem, revealHighlight } from './reveal';
import type { TextRange } from './selection';
import { spanVersion } from './SpanQuote';
import { isTextField } from './use-undo';

/** The open annotation form: a new annotation (editingId null) or an existing one, and the spans it links. */
interface FormState {
  editingId: string | null;
  spans: FormSpan[];
}

interface Options {
  document: StoryDocument | null;
  annotations: readonly Annotation[];
  run: (command: ProjectCommandInput) => Promise<Project>;
  /** The usable selection in the grid, trimmed, if any. */
  current: TextRange | null;
  clearSelection: () => void;
  gridRef: RefObject<HTMLElement | null>;
  annotateButtonRef: RefObject<HTMLButtonElement | null>;
}

/** What an edit changed, so an unchanged field never becomes part of the patch (or an undo step). */
function patchOf(old: Annotation, draft: AnnotationDraft, spans: readonly FormSpan[]) {
  const patch: Extract<ProjectCommandInput, { type: 'annotation.update' }>['patch'] = {};
  if (draft.category !== old.category) patch.category = draft.category;
  if (draft.subtype !== old.subtype) patch.subtype = draft.subtype;
  if (draft.severity !== old.severity) patch.severity = draft.severity;
  if (draft.comment !== old.comment) patch.comment = draft.comment;
  if (draft.correction !== old.correction) patch.correction = draft.correction;
  if (draft.status && draft.status !== old.status) patch.status = draft.status;
  if (!sameSpans(spans, old.spans)) {
    patch.spans = spans.map(({ versionId, start, end }) => ({ versionId, start, end }));
  }
  return patch;
}

/**
 * Everything the document view does with annotations: the form (new or editing, with spans gathered from several
 * columns), saving, status, delete, reply threads, which annotation is active, and the keyboard shortcuts
 * Ctrl+Enter (annotate the selection) and Ctrl+Shift+Enter (add the selection to the open form).
 */
export function useAnnotationActions(options: Options) {
  const { document: doc, annotations, run, current, clearSelection, gridRef, annotateButtonRef } = options;
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [form, setForm] = useState<FormState | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusAfter, setFocusAfter] = useState<{ id: string; selector: string } | null>(null);
  const editing = form?.editingId ? (annotations.find((a) => a.id === form.editingId) ?? null) : null;

  // Focus moves to a list item only once it is rendered.
  useEffect(() => {
    if (!focusAfter) return;
    findListItem(focusAfter.id)?.querySelector<HTMLElement>(focusAfter.selector)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  // An undo can remove the annotation being edited: the form has nothing left to edit.
  useEffect(() => {
    if (form?.editingId && !editing) setForm(null);
  }, [form, editing]);

  const fail = useCallback((e: unknown) => announce(translateError(t, e), 'alert'), [announce, t]);

  const openNew = useCallback(() => {
    const span = current && doc ? spanFromRange(doc, current) : null;
    if (span) setForm({ editingId: null, spans: [span] });
  }, [current, doc]);

  const canAddSelection =
    form !== null && current !== null && !hasSpan(form.spans, current) && form.spans.length < 20;

  const addSelection = useCallback(() => {
    if (!form || !current || !doc || hasSpan(form.spans, current)) return;
    const span = spanFromRange(doc, current);
    if (!span) return;
    setForm({ ...form, spans: [...form.spans, span] });
    announce(
      t('annotations.spanAdded', {
        quote: span.quote.slice(0, 60),
        label: spanVersion(t, doc, span.versionId).label,
      }),
    );
  }, [announce, current, doc, form, t]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      if (event.shiftKey) {
        if (!canAddSelection) return;
        event.preventDefault();
        addSelection();
      } else if (!form && current && !isTextField(event.target)) {
        event.preventDefault();
        openNew();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [addSelection, canAddSelection, current, form, openNew]);

  function removeSpan(index: number) {
    if (!form || form.spans.length <= 1) return;
    setForm({ ...form, spans: form.spans.filter((_, i) => i !== index) });
    announce(t('annotations.spanRemoved'));
  }

  function cancel() {
    const id = form?.editingId ?? null;
    setForm(null);
    if (id) setFocusAfter({ id, selector: '.annotation-edit' });
    else if (annotateButtonRef.current?.disabled === false) annotateButtonRef.current.focus();
    else gridRef.current?.querySelector<HTMLElement>('.paragraph[tabindex="0"]')?.focus();
  }

  async function save(draft: AnnotationDraft): Promise<boolean> {
    if (!form || !doc) return false;
    try {
      if (editing) {
        const patch = patchOf(editing, draft, form.spans);
        if (Object.keys(patch).length > 0) {
          await run({ type: 'annotation.update', annotationId: editing.id, patch });
          announce(t('annotations.updated'));
        }
        setForm(null);
        setFocusAfter({ id: editing.id, selector: '.annotation-edit' });
        return true;
      }
      const { status: _status, ...fields } = draft;
      const next = await run({
        type: 'annotation.add',
        documentId: doc.id,
        spans: form.spans.map(({ versionId, start, end }) => ({ versionId, start, end })),
        ...fields,
      });
      const added = next.annotations[next.annotations.length - 1];
      setForm(null);
      clearSelection();
      announce(t('annotations.added'));
      if (added) {
        setActiveId(added.id);
        setFocusAfter({ id: added.id, selector: '.annotation-show' });
      }
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  }

  /** Runs one command and says what it did; false (after saying why) if main refused it. */
  const attempt = useCallback(
    async (command: ProjectCommandInput, done: string): Promise<boolean> => {
      try {
        await run(command);
        announce(done);
        return true;
      } catch (e) {
        fail(e);
        return false;
      }
    },
    [announce, fail, run],
  );

  function setStatus(annotationId: string, status: AnnotationStatus) {
    void attempt(
      { type: 'annotation.update', annotationId, patch: { status } },
      t('annotations.statusChanged'),
    );
  }

  function remove(annotationId: string) {
    void attempt({ type: 'annotation.remove', annotationId }, t('annotations.deleted')).then((ok) => {
      if (ok && activeId === annotationId) setActiveId(null);
      if (ok && form?.editingId === annotationId) setForm(null);
    });
  }

  function show(annotationId: string) {
    setActiveId(annotationId);
    if (!revealHighlight(gridRef.current, annotationId)) announce(t('annotations.highlightMissing'));
  }

  function markClicked(annotationId: string) {
    setActiveId(annotationId);
    findListItem(annotationId)?.scrollIntoView?.({ block: 'nearest' });
  }

  const editingId = form?.editingId ?? null;
  const itemActions = useMemo<AnnotationItemActions | null>(
    () =>
      doc && {
        document: doc,
        editingId,
        edit: (annotationId) => {
          const target = annotations.find((a) => a.id === annotationId);
          if (!target) return;
          setActiveId(annotationId);
          setForm({ editingId: annotationId, spans: target.spans.map((s) => ({ ...s })) });
        },
        reply: (annotationId, text) =>
          attempt({ type: 'annotation.reply', annotationId, text }, t('annotations.replyAdded')),
        editReply: (annotationId, replyId, text) =>
          attempt(
            { type: 'annotation.replyEdit', annotationId, replyId, text },
            t('annotations.replyUpdated'),
          ),
        removeReply: (annotationId, replyId) =>
          attempt({ type: 'annotation.replyRemove', annotationId, replyId }, t('annotations.replyDeleted')),
      },
    [annotations, attempt, doc, editingId, t],
  );

  const formProps =
    form && doc
      ? {
          document: doc,
          editing,
          spans: form.spans,
          canAddSelection,
          onAddSelection: addSelection,
          onRemoveSpan: removeSpan,
          onSave: save,
          onCancel: cancel,
        }
      : null;

  return {
    formOpen: form !== null,
    /** A new form for each target, so its fields start from that annotation (or empty). */
    formKey: form?.editingId ?? 'new',
    formProps,
    activeId,
    openNew,
    setStatus,
    remove,
    show,
    markClicked,
    itemActions,
  };
}
