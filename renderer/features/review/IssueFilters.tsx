import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  annotationStatusSchema,
  severitySchema,
  type Annotation,
  type Severity,
} from '../../../shared/model/annotation';
import type { StoryDocument } from '../../../shared/model/project';
import { ANNOTATION_CATEGORIES, annotationCategorySchema } from '../../../shared/review/categories';
import { resolveColumns } from './grid-columns';
import { facetCounts, isFiltered, NO_FILTER, versionCounts, type IssueFilter } from './issue-filters';
import { categoryName, severityName, statusName } from './labels';
import { versionLabel } from './version-label';

interface IssueFiltersProps {
  document: StoryDocument;
  annotations: readonly Annotation[];
  filter: IssueFilter;
  onChange: (filter: IssueFilter) => void;
}

/** One filter as a labelled drop-down whose options say how many annotations each would show. */
function FilterSelect(props: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  allLabel: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="issue-filter">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="all">{props.allLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Filters for the annotation list (category, severity, status, version) and the counts per category and per
 * severity of what the other filters leave, so the reviewer sees the shape of the findings at a glance.
 */
export function IssueFilters({ document: doc, annotations, filter, onChange }: IssueFiltersProps) {
  const { t } = useTranslation();
  const byCategory = facetCounts(annotations, filter, 'category');
  const bySeverity = facetCounts(annotations, filter, 'severity');
  const byStatus = facetCounts(annotations, filter, 'status');
  const byVersion = versionCounts(annotations, filter);
  const counted = (name: string, n: number) => t('panel.optionCount', { name, n });
  const set = (patch: Partial<IssueFilter>) => onChange({ ...filter, ...patch });
  const severities: readonly Severity[] = severitySchema.options;
  const categoriesUsed = ANNOTATION_CATEGORIES.filter((c) => (byCategory.get(c) ?? 0) > 0);

  return (
    <section className="issue-filters" aria-labelledby="issue-filters-heading">
      <h2 id="issue-filters-heading">{t('panel.filtersHeading')}</h2>
      <div className="issue-filter-grid">
        <FilterSelect
          label={t('panel.filterCategory')}
          value={filter.category}
          allLabel={t('panel.allCategories')}
          options={ANNOTATION_CATEGORIES.map((c) => ({
            value: c,
            label: counted(categoryName(t, c), byCategory.get(c) ?? 0),
          }))}
          onChange={(v) => {
            const parsed = annotationCategorySchema.safeParse(v);
            set({ category: parsed.success ? parsed.data : 'all' });
          }}
        />
        <FilterSelect
          label={t('panel.filterSeverity')}
          value={filter.severity}
          allLabel={t('panel.allSeverities')}
          options={severities.map((s) => ({
            value: s,
            label: counted(severityName(t, s), bySeverity.get(s) ?? 0),
          }))}
          onChange={(v) => {
            const parsed = severitySchema.safeParse(v);
            set({ severity: parsed.success ? parsed.data : 'all' });
          }}
        />
        <FilterSelect
          label={t('panel.filterStatus')}
          value={filter.status}
          allLabel={t('panel.allStatuses')}
          options={annotationStatusSchema.options.map((s) => ({
            value: s,
            label: counted(statusName(t, s), byStatus.get(s) ?? 0),
          }))}
          onChange={(v) => {
            const parsed = annotationStatusSchema.safeParse(v);
            set({ status: parsed.success ? parsed.data : 'all' });
          }}
        />
        <FilterSelect
          label={t('panel.filterVersion')}
          value={filter.versionId}
          allLabel={t('panel.allVersions')}
          options={resolveColumns(doc, doc.columns).map((c) => ({
            value: c.version.id,
            label: counted(versionLabel(t, c.version, c.storyIndex), byVersion.get(c.version.id) ?? 0),
          }))}
          onChange={(v) => set({ versionId: doc.versions.some((d) => d.id === v) ? v : 'all' })}
        />
      </div>
      {isFiltered(filter) && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTER)}>
          {t('panel.clearFilters')}
        </button>
      )}
      <div className="issue-counts">
        <h3 id="issue-counts-severity">{t('panel.countsBySeverity')}</h3>
        <ul aria-labelledby="issue-counts-severity" className="issue-count-list">
          {severities.map((s) => (
            <li key={s} className={`issue-count sev-${s}`}>
              {counted(severityName(t, s), bySeverity.get(s) ?? 0)}
            </li>
          ))}
        </ul>
        <h3 id="issue-counts-category">{t('panel.countsByCategory')}</h3>
        {categoriesUsed.length === 0 ? (
          <p className="panel-note">{t('panel.countsNone')}</p>
        ) : (
          <ul aria-labelledby="issue-counts-category" className="issue-count-list">
            {categoriesUsed.map((c) => (
              <li key={c} className="issue-count">
                {counted(categoryName(t, c), byCategory.get(c) ?? 0)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
