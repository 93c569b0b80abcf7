/**
 * Settings: language (the top bar's switch), the minimum group size (3..50, default 5, with why), the
 * pseudonymised mode, a note that risk thresholds live in each scenario, and the installation's versions.
 * Changes go through settings.update, which writes them to the audit log.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Settings } from '../../../../shared/api/dto';
import type { Lang } from '../../../../shared/domain/types';
import { toApiError, type ApiError } from '../../api/client';
import { Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { useApi, useAppStore } from '../../state/store';
import { useLoad } from '../../api/useLoad';
import { ProfileSection } from '../profile/ProfileSection';
import './settings.css';

const MIN_GROUP = { min: 3, max: 50, default: 5 } as const;
const LANGS: readonly Lang[] = ['en', 'nl'];

/** The typed minimum group size as a whole number in range, or null. */
export function parseMinGroup(text: string): number | null {
  const s = text.trim();
  if (!/^\d{1,3}$/.test(s)) return null;
  const n = Number(s);
  return n >= MIN_GROUP.min && n <= MIN_GROUP.max ? n : null;
}

type Save = { status: 'idle' | 'saving' | 'saved' | 'error'; error: ApiError | null; field: 'minGroupSize' | 'pseudonymised' | null };

export function SettingsScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const applySettings = useAppStore((s) => s.applySettings);
  const loaded = useLoad<Settings>((a) => a.invoke('settings.get', {}), []);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [save, setSave] = useState<Save>({ status: 'idle', error: null, field: null });

  useEffect(() => {
    if (loaded.data) setSettings(loaded.data);
  }, [loaded.data]);

  const update = async (field: NonNullable<Save['field']>, patch: Partial<Pick<Settings, 'minGroupSize' | 'pseudonymised'>>) => {
    setSave({ status: 'saving', error: null, field });
    try {
      const next = await api.invoke('settings.update', patch);
      setSettings(next);
      applySettings(next);
      setSave({ status: 'saved', error: null, field });
    } catch (error) {
      setSave({ status: 'error', error: toApiError(error), field });
    }
  };

  return (
    <div className="screen st-screen" data-testid="screen-settings">
      <header className="screen__header">
        <h1 className="screen__title">{t('settings.title')}</h1>
        <p className="screen__lead">{t('settings.lead')}</p>
      </header>
      <ProfileSection />
      <LanguageSection />
      {loaded.status === 'error' && loaded.error && !settings ? (
        <ErrorBanner what={t('settings.loadError')} error={loaded.error} onRetry={loaded.reload} testId="settings-load-error" />
      ) : !settings ? (
        <Loading label={t('settings.loading')} testId="settings-loading" />
      ) : (
        <PrivacySection settings={settings} save={save} onSave={update} />
      )}
      <ThresholdsSection />
      <AboutSection />
    </div>
  );
}


function LanguageSection() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <section className="panel" aria-labelledby="st-lang">
      <h2 className="panel__title" id="st-lang">
        {t('settings.language.heading')}
      </h2>
      <div className="segmented st-lang" role="group" aria-labelledby="st-lang">
        {LANGS.map((l) => (
          <button key={l} type="button" className="segmented__button" aria-pressed={language === l} lang={l} data-testid={`settings-lang-${l}`} onClick={() => void setLanguage(l)}>
            {t(`langName.${l}`)}
          </button>
        ))}
      </div>
      <p className="panel__note">{t('settings.language.hint')}</p>
    </section>
  );
}

function PrivacySection({ settings, save, onSave }: { settings: Settings; save: Save; onSave(field: 'minGroupSize' | 'pseudonymised', patch: Partial<Settings>): Promise<void> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(String(settings.minGroupSize));
  const [touched, setTouched] = useState(false);
  const ids = useId();
  const value = parseMinGroup(draft);
  const invalid = value === null;
  const changed = value !== null && value !== settings.minGroupSize;

  useEffect(() => {
    setDraft(String(settings.minGroupSize));
  }, [settings.minGroupSize]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (value !== null && changed) void onSave('minGroupSize', { minGroupSize: value });
  };

  const statusFor = (field: 'minGroupSize' | 'pseudonymised') =>
    save.field !== field ? null : save.status === 'saving' ? (
      <span className="st-status">{t('settings.saving')}</span>
    ) : save.status === 'saved' ? (
      <span className="st-status st-status--ok" data-testid={`saved-${field}`}>
        {t('settings.saved')}
      </span>
    ) : null;

  return (
    <section className="panel" aria-labelledby="st-privacy">
      <h2 className="panel__title" id="st-privacy">
        {t('settings.privacy.heading')}
      </h2>
      {save.status === 'error' && save.error ? <ErrorBanner what={t('settings.saveError')} error={save.error} testId="settings-save-error" /> : null}
      <form className="st-row" onSubmit={submit} noValidate>
        <div className="field st-field">
          <label className="field__label" htmlFor={`${ids}-min`}>
            {t('settings.privacy.minGroup')}
          </label>
          <div className="st-inline">
            <input
              id={`${ids}-min`}
              className="field__control st-number"
              data-testid="min-group-size"
              type="number"
              inputMode="numeric"
              min={MIN_GROUP.min}
              max={MIN_GROUP.max}
              step={1}
              value={draft}
              aria-invalid={touched && invalid}
              aria-describedby={`${ids}-reason${touched && invalid ? ` ${ids}-err` : ''}`}
              onChange={(e) => {
                setDraft(e.target.value);
                setTouched(true);
              }}
            />
            <span className="st-unit">{t('settings.privacy.minGroupUnit')}</span>
            <button type="submit" className="button" data-testid="min-group-save" disabled={!changed || save.status === 'saving'}>
              {t('settings.privacy.save')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={settings.minGroupSize === MIN_GROUP.default && draft === String(MIN_GROUP.default)}
              onClick={() => {
                setDraft(String(MIN_GROUP.default));
                if (settings.minGroupSize !== MIN_GROUP.default) void onSave('minGroupSize', { minGroupSize: MIN_GROUP.default });
              }}
            >
              {t('settings.privacy.reset')}
            </button>
            <span aria-live="polite">{statusFor('minGroupSize')}</span>
          </div>
          {touched && invalid ? (
            <p className="st-error" id={`${ids}-err`} data-testid="min-group-error">
              {t('settings.privacy.minGroupInvalid')}
            </p>
          ) : null}
          <p className="panel__note st-reason" id={`${ids}-reason`} data-testid="min-group-reason">
            {t('settings.privacy.minGroupReason')}
          </p>
        </div>
      </form>
      <div className="st-row">
        <div className="field st-field">
          <label className="st-switch">
            <input
              type="checkbox"
              role="switch"
              data-testid="pseudonymised"
              checked={settings.pseudonymised}
              disabled={save.status === 'saving'}
              aria-describedby={`${ids}-pseudo`}
              onChange={(e) => void onSave('pseudonymised', { pseudonymised: e.target.checked })}
            />
            <span className="st-switch__label">{t('settings.privacy.pseudonymised')}</span>
            <span className="st-switch__state">{settings.pseudonymised ? t('settings.privacy.on') : t('settings.privacy.off')}</span>
          </label>
          <p className="panel__note" id={`${ids}-pseudo`}>
            {t('settings.privacy.pseudonymisedHint')}
          </p>
          <span aria-live="polite">{statusFor('pseudonymised')}</span>
        </div>
      </div>
    </section>
  );
}

function ThresholdsSection() {
  const { t } = useTranslation();
  const setScreen = useAppStore((s) => s.setScreen);
  return (
    <section className="panel" aria-labelledby="st-thresholds">
      <h2 className="panel__title" id="st-thresholds">
        {t('settings.thresholds.heading')}
      </h2>
      <p className="st-text">{t('settings.thresholds.text')}</p>
      <div>
        <button type="button" className="button button--quiet" data-testid="open-scenarios" onClick={() => setScreen('scenarios')}>
          {t('settings.thresholds.open')}
        </button>
      </div>
    </section>
  );
}

function AboutSection() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const info = useLoad<AppInfo>((a) => a.invoke('app.info', {}), []);
  const i = info.data;
  const rows: [string, string, string][] = i
    ? [
        ['app', t('settings.about.app'), i.appVersion],
        ['dataset', t('settings.about.dataset'), i.datasetVersion],
        ['schema', t('settings.about.schema'), fmt.number(i.schemaVersion)],
        ['organisation', t('settings.about.organisation'), i.organisation],
        ['employees', t('settings.about.employees'), i.employees === null ? '–' : fmt.number(i.employees)],
      ]
    : [];
  return (
    <section className="panel" aria-labelledby="st-about">
      <h2 className="panel__title" id="st-about">
        {t('settings.about.heading')}
      </h2>
      {info.status === 'error' && info.error && !i ? <ErrorBanner what={t('settings.loadError')} error={info.error} onRetry={info.reload} testId="app-info-error" /> : null}
      {i ? (
        <dl className="st-about" data-testid="app-info">
          {rows.map(([key, label, value]) => (
            <div key={key} className="st-about__row">
              <dt>{label}</dt>
              <dd data-testid={`app-info-${key}`}>{value}</dd>
            </div>
          ))}
        </dl>
      ) : info.status === 'loading' ? (
        <Loading label={t('settings.loading')} />
      ) : null}
    </section>
  );
}
