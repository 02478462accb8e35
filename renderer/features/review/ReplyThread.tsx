import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationReply } from '../../../shared/model/annotation';
import { formatDateTime } from '../../app/format';
import type { AnnotationItemActions } from './annotation-actions-context';

interface ReplyThreadProps {
  annotationId: string;
  replies: readonly AnnotationReply[];
  actions: AnnotationItemActions;
}

/** A text box with Save and Cancel, for a new reply or a changed one; Escape cancels. */
function ReplyEditor(props: {
  label: string;
  initial: string;
  submitLabel: string;
  onSubmit: (text: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(props.initial);
  const [busy, setBusy] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);

  // The editor opens on a button press, so typing can start at once.
  useEffect(() => textRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    if (!(await props.onSubmit(text.trim()))) setBusy(false);
  }

  return (
    <form
      className="reply-editor"
      aria-label={props.label}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      <label htmlFor={`${id}-text`}>{t('annotations.replyTextLabel')}</label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={3}
        maxLength={20_000}
        dir="auto"
        ref={textRef}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !text.trim()}>
          {props.submitLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** An annotation's discussion: every reply with its author and time, and ways to answer, change or delete one. */
export function ReplyThread({ annotationId, replies, actions }: ReplyThreadProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [composing, setComposing] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  /** Where focus goes once an editor closes: the Reply button, or the Edit button of the reply just edited. */
  const [focusAfter, setFocusAfter] = useState<{ replyId: string | null } | null>(null);

  useEffect(() => {
    if (!focusAfter || !sectionRef.current) return;
    const { replyId } = focusAfter;
    const target = replyId
      ? Array.from(sectionRef.current.querySelectorAll<HTMLElement>('.reply'))
          .find((r) => r.dataset.replyId === replyId)
          ?.querySelector<HTMLElement>('.reply-edit')
      : sectionRef.current.querySelector<HTMLElement>('.reply-open');
    target?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  function closeEditor() {
    if (editingId) setFocusAfter({ replyId: editingId });
    setEditingId(null);
  }

  function closeComposer() {
    setComposing(false);
    setFocusAfter({ replyId: null });
  }

  return (
    <section
      ref={sectionRef}
      className="reply-thread"
      aria-labelledby={replies.length > 0 ? headingId : undefined}
    >
      {replies.length > 0 && (
        <h3 id={headingId} className="reply-heading">
          {t('annotations.repliesHeading', { n: replies.length })}
        </h3>
      )}
      {replies.length > 0 && (
        <ol className="reply-list">
          {replies.map((reply) => {
            const author = reply.author.trim() || t('annotations.anonymous');
            const when = formatDateTime(reply.createdAt, i18n.language);
            const named = { author, time: when };
            return (
              <li key={reply.id} className="reply" data-reply-id={reply.id}>
                <p className="reply-meta">
                  <span className="reply-author">{author}</span>{' '}
                  <time dateTime={reply.createdAt}>{when}</time>
                  {reply.updatedAt !== reply.createdAt && (
                    <span className="reply-edited"> {t('annotations.replyEdited')}</span>
                  )}
                </p>
                {editingId === reply.id ? (
                  <ReplyEditor
                    label={t('annotations.editReplyNamed', named)}
                    initial={reply.text}
                    submitLabel={t('annotations.saveReply')}
                    onSubmit={async (text) => {
                      const ok =
                        text === reply.text || (await actions.editReply(annotationId, reply.id, text));
                      if (ok) closeEditor();
                      return ok;
                    }}
                    onCancel={closeEditor}
                  />
                ) : (
                  <>
                    <p className="reply-text" dir="auto">
                      {reply.text}
                    </p>
                    <div className="reply-actions">
                      <button
                        type="button"
                        className="reply-edit"
                        aria-label={t('annotations.editReplyNamed', named)}
                        onClick={() => setEditingId(reply.id)}
                      >
                        {t('annotations.edit')}
                      </button>
                      <button
                        type="button"
                        className="danger"
                        aria-label={t('annotations.deleteReplyNamed', named)}
                        onClick={() =>
                          void actions.removeReply(annotationId, reply.id).then((ok) => {
                            if (ok) setFocusAfter({ replyId: null });
                          })
                        }
                      >
                        {t('annotations.delete')}
                      </button>
                    </div>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {composing ? (
        <ReplyEditor
          label={t('annotations.newReply')}
          initial=""
          submitLabel={t('annotations.addReply')}
          onSubmit={async (text) => {
            const ok = await actions.reply(annotationId, text);
            if (ok) closeComposer();
            return ok;
          }}
          onCancel={closeComposer}
        />
      ) : (
        <button type="button" className="reply-open" onClick={() => setComposing(true)}>
          {t('annotations.reply')}
        </button>
      )}
    </section>
  );
}
