'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useSyncExternalStore } from 'react';
import { smallButtonClass } from '@/components/ui/button';

// What a fan waiting in another tab is told when their turn comes: the tab's title always; a
// notification if they allowed it (asked on their click, never on load); a short chime if they
// turned it on. The chime is made with WebAudio, so there is no sound file to fetch.

const SOUND_KEY = 'encore.turnSound';
let audio: AudioContext | null = null;

/** Two short rising tones, a third of a second in all. */
function chime() {
  audio ??= new AudioContext();
  const context = audio;
  void context.resume().then(() => {
    const start = context.currentTime;
    [880, 1318.5].forEach((frequency, i) => {
      const tone = context.createOscillator();
      const volume = context.createGain();
      const at = start + i * 0.16;
      tone.type = 'sine';
      tone.frequency.value = frequency;
      volume.gain.setValueAtTime(0.0001, at);
      volume.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
      volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.28);
      tone.connect(volume).connect(context.destination);
      tone.start(at);
      tone.stop(at + 0.3);
    });
  });
}

const soundOn = () => window.localStorage.getItem(SOUND_KEY) === 'on';

// The fan's two choices live in the browser (the permission, localStorage); this event says
// that one of them changed, so the controls show it.
const CHOICE_EVENT = 'encore:turn-alerts';
function subscribeChoices(onChange: () => void) {
  window.addEventListener(CHOICE_EVENT, onChange);
  return () => window.removeEventListener(CHOICE_EVENT, onChange);
}
const changed = () => window.dispatchEvent(new Event(CHOICE_EVENT));

function subscribeVisibility(onChange: () => void) {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}

/** Whether the page is in front: true while rendering on the server. */
export function usePageVisible(): boolean {
  return useSyncExternalStore(
    subscribeVisibility,
    () => document.visibilityState !== 'hidden',
    () => true,
  );
}

/** When `admitted` turns true: the chime if on, and for a tab in the background the title and a notification. */
export function useTurnAlerts(admitted: boolean, concertTitle: string) {
  const t = useTranslations('queue');
  const done = useRef(false);
  useEffect(() => {
    if (!admitted || done.current) return;
    done.current = true;
    if (soundOn()) chime();
    if (document.visibilityState !== 'hidden') return;
    document.title = t('turnTitle');
    if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
      const notification = new Notification(t('notifyTitle'), {
        body: t('notifyBody', { concert: concertTitle }),
        tag: 'encore-turn',
      });
      notification.onclick = () => {
        window.focus();
        notification.close();
      };
    }
  }, [admitted, concertTitle, t]);
}

type Permission = NotificationPermission | 'unsupported';

/** The fan's choices: a notification (permission asked on this click) and a chime. */
export function TurnAlertControls() {
  const t = useTranslations('queue');
  const soundId = useId();
  // Null while rendering on the server, which knows neither.
  const permission = useSyncExternalStore<Permission | null>(
    subscribeChoices,
    () => (typeof Notification === 'undefined' ? 'unsupported' : Notification.permission),
    () => null,
  );
  const sound = useSyncExternalStore(subscribeChoices, soundOn, () => false);

  async function askPermission() {
    await Notification.requestPermission();
    changed();
  }

  function toggleSound(on: boolean) {
    if (on) {
      window.localStorage.setItem(SOUND_KEY, 'on');
      // Made and heard on this click, so the browser lets it play later without one.
      chime();
    } else {
      window.localStorage.removeItem(SOUND_KEY);
    }
    changed();
  }

  return (
    <section aria-labelledby={`${soundId}-heading`} className="flex flex-col gap-3 rounded-xl border border-line p-4">
      <h2 id={`${soundId}-heading`} className="text-sm font-semibold text-fg">
        {t('alertsHeading')}
      </h2>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-3">
        {permission === 'default' && (
          <button type="button" onClick={askPermission} className={smallButtonClass.accent}>
            {t('notifyMe')}
          </button>
        )}
        {permission === 'granted' && <p className="text-sm font-medium text-success-fg">✓ {t('notifyOn')}</p>}
        <label htmlFor={soundId} className="flex items-center gap-2 text-sm font-medium text-fg-soft">
          <input
            id={soundId}
            type="checkbox"
            checked={sound}
            onChange={(event) => toggleSound(event.target.checked)}
            className="size-4 accent-accent"
          />
          {t('sound')}
        </label>
      </div>
      <p className="text-xs text-fg-muted">
        {permission === 'denied' ? t('notifyBlocked') : permission === 'unsupported' ? t('notifyUnavailable') : t('alertsHint')}
      </p>
    </section>
  );
}
