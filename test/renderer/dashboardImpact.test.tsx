import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { RoleYear } from '../../shared/domain/modelTypes';
import { ImpactCharts } from '../../renderer/src/features/dashboard/ImpactCharts';
import type { ResultLike, RoleLike } from '../../renderer/src/features/dashboard/shape';
import { createI18n } from '../../renderer/src/i18n';

const ry = (year: number, fteFreed: number, demandFte: number, supplyFte = demandFte): RoleYear => ({
  year,
  automatedShare: 0.2,
  augmentedShare: 0.1,
  hoursFreed: fteFreed * 1600,
  fteFreed,
  demandFte,
  supplyFte,
  surplusFte: supplyFte - demandFte,
  shortfallFte: Math.max(0, demandFte - supplyFte),
  hires: 0,
  leavers: 0,
  attritionLeavers: 0,
  contractEndings: 0,
  riskClass: 'medium',
});

// The two roles of dashboardSelectors.test.ts: A absorbed by attrition, B 4.2 FTE to redeploy.
const role = (code: string, title: string, fte: number, growth: number, attrition: number, freed: number, demand: number, supply?: number): RoleLike => ({
  code,
  title,
  headcount: fte,
  fte,
  growth,
  attrition,
  byYear: [ry(2026, 0, fte, fte), ry(2027, freed / 2, fte, fte), ry(2028, freed, demand, supply)],
});

const result = (backfill: 'replace_to_demand' | 'none'): ResultLike => ({
  years: [2026, 2027, 2028],
  horizonYear: 2028,
  backfill,
  roles:
    backfill === 'none'
      ? [role('A', 'Contact centre', 100, -0.1, 0.3, 30, 56.7, 49), role('B', 'Editors', 50, 0.1, 0.1, 20, 36.3, 40.5)]
      : [role('A', 'Contact centre', 100, -0.1, 0.3, 30, 56.7), role('B', 'Editors', 50, 0.1, 0.1, 20, 36.3)],
  totals: { byYear: [] },
});

function renderCharts(r: ResultLike, lang: 'en' | 'nl' = 'en') {
  return render(
    <I18nextProvider i18n={createI18n(lang)}>
      <ImpactCharts result={r} idPrefix="dash" />
    </I18nextProvider>,
  );
}

describe('Dashboard projection flows panel', () => {
  it('shows hires, leavers, surplus and shortfall per year exactly as the model totals say', async () => {
    const r = result('replace_to_demand');
    const t = (year: number, demandFte: number, attritionLeavers: number, contractEndings: number, hires: number, supplyFte: number) => ({
      year, hoursFreed: 0, fteFreed: 0, demandFte, supplyFte, surplusFte: supplyFte - demandFte, shortfallFte: Math.max(0, demandFte - supplyFte),
      hires, leavers: attritionLeavers + contractEndings, attritionLeavers, contractEndings,
    });
    r.totals = { byYear: [t(2026, 150, 0, 0, 0, 150), t(2027, 140, 40, 5, 35, 140), t(2028, 93, 38, 4, 0, 98)] };
    renderCharts(r);
    expect(screen.getByTestId('dash-flows-finding')).toHaveTextContent('35.0 FTE hired and 87.0 FTE leaving over 2026–2028; surplus 5.0 FTE and shortfall 0.0 FTE in 2028');
    expect(screen.getByTestId('chart-flows')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('dash-flows-view-table'));
    const rows = within(screen.getByTestId('dash-flows-table')).getAllByRole('row');
    expect(rows.map((x) => x.textContent)).toEqual([
      'YearFTE neededLeavers (attrition)Fixed-term contracts endedHiredFTE availableSurplusShortfall',
      '2026150.00.00.00.0150.00.00.0',
      '2027140.040.05.035.0140.00.00.0',
      '202893.038.04.00.098.05.00.0',
    ]);
  });
});

describe('Dashboard FTE bridge panel', () => {
  it('states the finding, names the role attrition does not cover and shows the same data as a table', async () => {
    renderCharts(result('replace_to_demand'));
    expect(screen.getByTestId('dash-bridge-finding')).toHaveTextContent(
      'Attrition absorbs the 57.0 FTE no longer needed by 2028 except in 1 role: 4.2 FTE to redeploy from Editors',
    );
    expect(screen.getByTestId('dash-bridge-need')).toHaveTextContent('Redeployment need: Editors 4.2 FTE.');
    expect(screen.getByTestId('chart-fte-bridge')).toBeInTheDocument();
    expect(screen.getByTestId('chart-attrition')).toBeInTheDocument();
    expect(screen.queryByTestId('chart-waterfall')).toBeNull();
    await userEvent.click(screen.getByTestId('dash-bridge-view-table'));
    const table = screen.getByTestId('dash-bridge-table');
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'RoleToday’s FTE (2026)Freed by AI (after reinvestment)Growth or decline of the rolesFTE needed in 2028FTE no longer neededExpected leavers (FTE)To redeploy (not absorbed)',
      'Editors50.0−20.0+6.336.313.79.54.2',
      'Contact centre100.0−30.0−13.356.743.351.00.0',
      'All staffed roles150.0−50.0−7.093.057.060.54.2',
    ]);
  });

  it('says so in Dutch when attrition absorbs everything', () => {
    const r = result('replace_to_demand');
    r.roles = [r.roles[0]!];
    renderCharts(r, 'nl');
    expect(screen.getByTestId('dash-bridge-finding')).toHaveTextContent('Natuurlijk verloop vangt alle 43,3 fte op die in 2028 niet meer nodig zijn');
    expect(screen.getByTestId('dash-bridge-need')).toHaveTextContent(/In elke functie vertrekken/);
  });

  it('shows the real surplus and shortfall as a waterfall when leavers are not replaced', () => {
    renderCharts(result('none'));
    expect(screen.queryByTestId('chart-fte-bridge')).toBeNull();
    expect(screen.getByTestId('chart-waterfall')).toBeInTheDocument();
    // A: 49 − 56.7 = −7.7; B: 40.5 − 36.3 = +4.2; net −3.5.
    expect(screen.getByTestId('dash-waterfall-finding')).toHaveTextContent('Net -3.5 FTE; the largest shortfall is 7.7 FTE in Contact centre');
  });
});
