import {
  useDeferredValue,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentGrid } from '../../../shared/align/grid';
import type { StoryDocument } from '../../../shared/model/project';
import {
  DEFAULT_SEARCH_LIMIT,
  foldText,
  searchFolded,
  snippetOf,
  type SearchHit,
} from '../../../shared/review/search';
import { useAnnounce } from '../../app/announcer';
import { visibleColumns } from './grid-columns';
import { selectInGrid } from './search-jump';
import { textDirection } from './text-direction';
import { versionLabel } from './version-label';

/** A version's folded text and the text it was folded from, to know when it is stale. */
type FoldedEntry = ReturnType<typeof foldText> & { text: string };

interface SearchPanelProps {
  document: StoryDocument;
  grid: AlignmentGrid | null;
  gridRef: RefObject<HTMLElement | null>;
  onSelectionMaybeChanged: () => void;
}

/**
 * Text search across the shown columns, forgiving of case, width, accents and Chinese character variants. Each
 * result names its version and shows the match in context; choosing one selects the match in the grid.
 */
export function SearchPanel({ document: doc, grid, gridRef, onSelectionMaybeChanged }: SearchPanelProps) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const listRef = useRef<HTMLOListElement>(null);

  const columns = useMemo(() => visibleColumns(doc, doc.columns), [doc]);
  // Folded texts by version, kept while the text stays the same (annotating changes the project, not the text).
  const foldCache = useRef(new Map<string, FoldedEntry>());
  const result = useMemo(() => {
    if (deferred.trim() === '') return { hits: [], truncated: false };
    const cache = foldCache.current;
    const folded = columns.map(({ version }) => {
      let entry = cache.get(version.id);
      if (!entry || entry.text !== version.text) {
        entry = { ...foldText(version.id, version.text), text: version.text };
        cache.set(version.id, entry);
      }
      return entry;
    });
    return searchFolded(folded, deferred, DEFAULT_SEARCH_LIMIT);
  }, [columns, deferred]);
  const byId = new Map(columns.map((c) => [c.version.id, c]));
  const whole = new Intl.NumberFormat(i18n.language);

  function jump(hit: SearchHit) {
    const column = byId.get(hit.versionId);
    if (!column) return;
    const label = versionLabel(t, column.version, column.storyIndex);
    if (selectInGrid(gridRef.current, grid, column.version, hit.start, hit.end)) {
      onSelectionMaybeChanged();
      announce(t('panel.searchSelected', { version: label }));
    } else announce(t('panel.searchNotShown', { version: label }));
  }

  /** Arrow keys move between the results (and from the search box to the first one). */
  function moveFocus(event: KeyboardEvent<HTMLElement>, from: number) {
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.search-hit') ?? [];
    let to: number | null = null;
    if (event.key === 'ArrowDown') to = Math.min(buttons.length - 1, from + 1);
    else if (event.key === 'ArrowUp') to = from - 1;
    else if (event.key === 'Home' && from >= 0) to = 0;
    else if (event.key === 'End' && from >= 0) to = buttons.length - 1;
    if (to === null || buttons.length === 0) return;
    event.preventDefault();
    if (to < 0) document.getElementById(inputId)?.focus();
    else buttons[to]?.focus();
  }

  const searching = deferred.trim() !== '';
  let summary = '';
  if (searching) {
    summary = result.truncated
      ? t('panel.searchTruncated', { n: whole.format(result.hits.length) })
      : result.hits.length === 0
        ? t('panel.searchNone')
        : t('panel.searchCount', { count: result.hits.length });
  }

  return (
    <section className="search-panel" aria-labelledby="search-heading">
      <h2 id="search-heading">{t('panel.searchHeading')}</h2>
      <form
        role="search"
        aria-labelledby="search-heading"
        onSubmit={(e) => {
          e.preventDefault();
          const first = result.hits[0];
          if (!first) return;
          jump(first);
          // Out of the text field, so Ctrl+Enter annotates the match and the arrow keys go on through the results.
          listRef.current?.querySelector<HTMLButtonElement>('.search-hit')?.focus({ preventScroll: true });
        }}
      >
        <label htmlFor={inputId}>{t('panel.searchLabel')}</label>
        <input
          id={inputId}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => moveFocus(e, -1)}
        />
        <p id={`${inputId}-hint`} className="panel-note">
          {t('panel.searchHint')}
        </p>
      </form>
      <p className="search-summary" role="status">
        {summary}
      </p>
      {result.hits.length > 0 && (
        <ol className="search-results" ref={listRef}>
          {result.hits.map((hit, i) => {
            const column = byId.get(hit.versionId);
            if (!column) return null;
            const { version } = column;
            const snippet = snippetOf(version.text, hit.start, hit.end);
            return (
              <li key={`${hit.versionId}:${hit.start}`}>
                <button
                  type="button"
                  className="search-hit"
                  onClick={() => jump(hit)}
                  onKeyDown={(e) => moveFocus(e, i)}
                >
                  <span className="search-hit-version">{versionLabel(t, version, column.storyIndex)}</span>
                  <span
                    className="search-hit-text"
                    lang={version.language}
                    dir={textDirection(version.language)}
                  >
                    {snippet.before}
                    <mark>{snippet.match}</mark>
                    {snippet.after}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
