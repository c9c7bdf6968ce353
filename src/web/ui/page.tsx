import { useEffect, useRef, type ReactNode } from 'react';
import { useBrand } from '../app/brand';

interface PageProps {
  title: string;
  /** A line under the heading. */
  lead?: ReactNode;
  /** Buttons shown beside the heading. */
  actions?: ReactNode;
  children?: ReactNode;
  narrow?: boolean;
}

/**
 * A screen: its heading receives focus when the screen opens, so that keyboard and screen-reader
 * users start at the top of the new content; the window title follows the screen.
 */
export function Page({ title, lead, actions, children, narrow = false }: PageProps) {
  const brand = useBrand();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, []);
  useEffect(() => {
    document.title = `${title} · ${brand}`;
  }, [title, brand]);
  return (
    <section className={narrow ? 'page page--narrow' : 'page'} aria-labelledby="page-title">
      <div className="page__head">
        <div>
          <h1 id="page-title" ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {lead ? <p className="page__lead">{lead}</p> : null}
        </div>
        {actions ? <div className="page__actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="loading__dot" aria-hidden="true" />
      {label}
    </p>
  );
}
