import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** How long a polite message stays on screen; alerts stay until the next message. */
const STATUS_VISIBLE_MS = 6000;

/** Polite messages go to a status region, failures to an assertive alert region. */
export type AnnounceKind = 'status' | 'alert';

type Announce = (message: string, kind?: AnnounceKind) => void;

const AnnouncerContext = createContext<Announce>(() => {});

/** Lets any screen tell screen-reader users (and everyone else, in the footer) what just happened. */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}

/** Owns the app's two live regions; they exist from the first render so later changes are read out. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const announce = useCallback<Announce>((message, kind = 'status') => {
    if (kind === 'alert') {
      setAlert(message);
      setStatus('');
    } else {
      setStatus(message);
      setAlert('');
    }
  }, []);
  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setStatus(''), STATUS_VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [status]);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div className="announcer">
        <p role="status" aria-live="polite" className="announcer-status">
          {status}
        </p>
        <p role="alert" aria-live="assertive" className="announcer-alert">
          {alert}
        </p>
      </div>
    </AnnouncerContext.Provider>
  );
}
