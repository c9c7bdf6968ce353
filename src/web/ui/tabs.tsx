import type { ReactNode } from 'react';

interface TabsProps<T extends string> {
  /** Prefix of the tab and panel element ids (unique on the page). */
  idPrefix: string;
  label: string;
  tabs: readonly T[];
  current: T;
  labelOf: (id: T) => string;
  onSelect: (id: T) => void;
  children: ReactNode;
}

/**
 * Tabs inside a page (ARIA tablist + one tabpanel): the buttons share the row and wrap their words
 * at 360 px; only the current panel is rendered.
 */
export function Tabs<T extends string>(props: TabsProps<T>) {
  const { idPrefix, label, tabs, current, labelOf, onSelect, children } = props;
  return (
    <>
      <div className="tabs" role="tablist" aria-label={label}>
        {tabs.map((id) => (
          <button
            key={id}
            id={`${idPrefix}-tab-${id}`}
            type="button"
            role="tab"
            className="tabs__tab"
            aria-selected={current === id}
            aria-controls={`${idPrefix}-panel-${id}`}
            onClick={() => onSelect(id)}
          >
            {labelOf(id)}
          </button>
        ))}
      </div>
      <div id={`${idPrefix}-panel-${current}`} role="tabpanel" aria-labelledby={`${idPrefix}-tab-${current}`}>
        {children}
      </div>
    </>
  );
}
