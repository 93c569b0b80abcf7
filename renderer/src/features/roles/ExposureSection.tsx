/**
 * Paper-comparable exposure (Eloundou et al. 2023): α, β, γ by tasks and by time, under human and under GPT-4
 * labels side by side (two roles.exposure calls), and the model's automated / augmented shares at the horizon.
 * Where the sources disagree the table shows both, never one falsely precise number (design principle 3).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat, type MessageKey } from '../../i18n';
import type { RoleExposurePair, RoleExposureRow } from '../../state/slices/scenarioSlice';

type Key = 'alpha' | 'beta' | 'gamma' | 'alphaTime' | 'betaTime' | 'gammaTime' | 'automatedShare' | 'augmentedShare';
const ROWS: { key: Key; label: MessageKey }[] = [
  { key: 'alpha', label: 'roles.exposure.alpha' },
  { key: 'beta', label: 'roles.exposure.beta' },
  { key: 'gamma', label: 'roles.exposure.gamma' },
  { key: 'alphaTime', label: 'roles.exposure.alphaTime' },
  { key: 'betaTime', label: 'roles.exposure.betaTime' },
  { key: 'gammaTime', label: 'roles.exposure.gammaTime' },
  { key: 'automatedShare', label: 'roles.exposure.automated' },
  { key: 'augmentedShare', label: 'roles.exposure.augmented' },
];

export function ExposureSection({ exposure }: { exposure: RoleExposurePair }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const uid = useId();
  const { human, gpt4, horizonYear } = exposure;
  const value = (row: RoleExposureRow | null, key: Key) => {
    const v = row?.[key];
    return v === null || v === undefined ? t('roles.exposure.none') : fmt.percent(v);
  };
  const hb = human?.beta ?? null;
  const gb = gpt4?.beta ?? null;
  const two = (v: number) => fmt.number(v, 2);
  const finding =
    hb === null && gb === null
      ? t('roles.exposure.findingNone')
      : hb !== null && gb !== null && Math.abs(hb - gb) >= 0.005
        ? t('roles.exposure.findingHigher', {
            higher: t(hb > gb ? 'roles.exposure.human' : 'roles.exposure.gpt4'),
            lower: t(hb > gb ? 'roles.exposure.gpt4' : 'roles.exposure.human'),
            a: two(Math.max(hb, gb)),
            b: two(Math.min(hb, gb)),
          })
        : t('roles.exposure.findingSame', { a: two((hb ?? gb)!) });

  return (
    <section className="panel" aria-labelledby={`${uid}-finding`} data-testid="role-exposure">
      <div className="panel__header">
        <div>
          <p className="panel__kicker">{t('roles.exposure.kicker')}</p>
          <h2 className="panel__title" id={`${uid}-finding`} data-testid="role-exposure-finding">
            {finding}
          </h2>
        </div>
      </div>
      <div className="table-wrap">
        <table className="table table--numeric exposure-table" data-testid="role-exposure-table">
          <caption className="visually-hidden">{t('roles.exposure.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roles.exposure.measure')}</th>
              <th scope="col" className="num">
                {t('roles.exposure.human')}
              </th>
              <th scope="col" className="num">
                {t('roles.exposure.gpt4')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((r, i) => {
              const h = human?.[r.key] ?? null;
              const g = gpt4?.[r.key] ?? null;
              return (
                <tr key={r.key} className={i === 3 || i === 6 ? 'exposure-table__group' : undefined} data-testid={`exposure-${r.key}`}>
                  <th scope="row">{t(r.label, { year: horizonYear })}</th>
                  <td className="num">
                    <span className="pair">
                      {h !== null ? <span className="pair__bar pair__bar--human" style={{ width: `${Math.round(h * 60)}px` }} aria-hidden="true" /> : null}
                      {value(human, r.key)}
                    </span>
                  </td>
                  <td className="num">
                    <span className="pair">
                      {g !== null ? <span className="pair__bar pair__bar--gpt4" style={{ width: `${Math.round(g * 60)}px` }} aria-hidden="true" /> : null}
                      {value(gpt4, r.key)}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="panel__note">{t('roles.exposure.note')}</p>
    </section>
  );
}
