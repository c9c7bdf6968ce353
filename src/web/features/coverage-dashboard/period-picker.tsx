import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { kindOf, PERIOD_KINDS, type Period, type PeriodKind, periodOf } from './coverage-period';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Month, quarter, year or custom months; applied with the button (the address then changes). */
export function PeriodPicker({ value, onApply }: { value: Period; onApply: (period: Period) => void }) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<PeriodKind>(kindOf(value));
  const [year, setYear] = useState(value.from.slice(0, 4));
  const startMonth = Number(value.from.slice(5, 7));
  const [month, setMonth] = useState(String(startMonth));
  const [quarter, setQuarter] = useState(String(Math.floor((startMonth - 1) / 3) + 1));
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'long' });

  const chosen = (): Period | null => {
    if (kind === 'custom') return from && to && from <= to ? { from, to } : null;
    return periodOf(kind, Number(year), Number(kind === 'month' ? month : quarter));
  };
  const period = chosen();
  return (
    <form
      className="coverage-filter card"
      onSubmit={(event) => {
        event.preventDefault();
        if (period) onApply(period);
      }}
    >
      <SelectField
        label={t('coverageDashboard.period.kind')}
        name="periodKind"
        value={kind}
        onValue={(v) => setKind(v as PeriodKind)}
        options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`coverageDashboard.period.kinds.${k}`) }))}
      />
      {kind === 'custom' ? (
        <>
          <TextField
            label={t('coverageDashboard.period.from')}
            type="month"
            name="from"
            value={from}
            onValue={setFrom}
          />
          <TextField
            label={t('coverageDashboard.period.to')}
            type="month"
            name="to"
            value={to}
            onValue={setTo}
          />
        </>
      ) : (
        <SelectField
          label={t('coverageDashboard.period.year')}
          name="year"
          value={year}
          onValue={setYear}
          options={years.map((y) => ({ value: y, label: y }))}
        />
      )}
      {kind === 'month' ? (
        <SelectField
          label={t('coverageDashboard.period.month')}
          name="month"
          value={month}
          onValue={setMonth}
          options={MONTHS.map((m) => ({
            value: String(m),
            label: monthName.format(new Date(2026, m - 1, 1)),
          }))}
        />
      ) : null}
      {kind === 'quarter' ? (
        <SelectField
          label={t('coverageDashboard.period.quarter')}
          name="quarter"
          value={quarter}
          onValue={setQuarter}
          options={[1, 2, 3, 4].map((q) => ({
            value: String(q),
            label: t('coverageDashboard.period.q', { n: q }),
          }))}
        />
      ) : null}
      <div className="coverage-filter__actions">
        <Button type="submit" disabled={!period}>
          {t('coverageDashboard.period.apply')}
        </Button>
      </div>
    </form>
  );
}
