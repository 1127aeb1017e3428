import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '@/lib/shared/i18n';
import { useI18n } from './i18n-context';

/** One side-panel tab: a component, the message key of its label, and whether it works beside any page. */
export type PanelTab = { id: string; label: MessageKey; component: ComponentType; everywhere?: boolean };

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; only the active panel renders. */
export function TabShell({ tabs }: { tabs: readonly PanelTab[] }) {
  const { t } = useI18n();
  const [active, show] = useTabInHash(tabs);
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});
  const index = Math.max(0, tabs.findIndex((tab) => tab.id === active));
  const select = (i: number) => {
    const tab = tabs[(i + tabs.length) % tabs.length];
    if (!tab) return;
    show(tab.id);
    buttons.current[tab.id]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    select(to);
  };
  const current = tabs[index];
  const Panel = current?.component;
  return (
    <>
      <div role="tablist" aria-label={t('tabsLabel')} class="tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[tab.id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === current?.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === current?.id ? 0 : -1}
            data-tab={tab.id}
            onClick={() => show(tab.id)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      {current && Panel ? (
        <section role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} tabIndex={0} class="tab-panel">
          <Panel />
        </section>
      ) : null}
    </>
  );
}

/**
 * The tab shown, kept in the address's hash: sidepanel.html#<tab id> opens on
 * that tab (the follow-up notification opens #evidence), a link to #<tab id>
 * inside the panel (the standing tab's "查看记录") opens it, and the hash
 * follows the tab shown, so a link to another tab always changes it.
 */
function useTabInHash(tabs: readonly PanelTab[]): [string, (id: string) => void] {
  const [active, setActive] = useState(() => tabs.find((tab) => location.hash === `#${tab.id}`)?.id ?? tabs[0]?.id ?? '');
  useEffect(() => {
    const follow = () => {
      const tab = tabs.find((entry) => location.hash === `#${entry.id}`);
      if (tab) setActive(tab.id);
    };
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, [tabs]);
  const show = (id: string) => {
    setActive(id);
    history.replaceState(null, '', `#${id}`);
  };
  return [active, show];
}
