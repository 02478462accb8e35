import { useEffect, useRef, type ReactNode } from 'react';

/** The screen's h1; it takes focus when the screen opens so keyboard and screen-reader users start at the top. */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
