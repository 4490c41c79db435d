// The facts form's fieldsets: provider and account, incident, money and demands, law and people.
import { LETTER_LANGUAGES } from '../shared/CaseFrameFields';
import { useContext } from 'preact/hooks';
import { DEFAULT_REPLY_DAYS, formatDuration, incidentSpan } from '../../domain/complaint';
import { languageOfLocale } from '../../domain/language';
import { systemTimeZone } from '../../domain/time';
import { t, uiLanguage } from '../shared/i18n';
import { CheckField, FactsContext, Hints, LinesField, SelectField, TextField } from './FactField';
import { FactsFold } from './FactsFold';

const PROBLEMS = ['outage', 'degraded', 'billing-error', 'refund-refused', 'poor-service', 'other'] as const;
const SECTORS = ['telecom', 'cloud-pc', 'online-shop', 'software-service', 'financial', 'other'] as const;
const opt = <T extends string>(values: readonly T[], prefix: string) =>
  values.map((v): [string, string] => [
    v,
    t(`${prefix}${v.replace(/(^|-)([a-z])/g, (_, _d: string, c: string) => c.toUpperCase())}` as never),
  ]);

/** The questions that change the whole letter: its law, its language and what went wrong. */
export function FactsBasics() {
  return (
    <fieldset class="fact-basics">
      <legend>{t('factsBasicsLegend')}</legend>
      <p class="muted hint">{t('factsBasicsHint')}</p>
      <SelectField
        path="jurisdiction"
        label="factsJurisdiction"
        options={[
          ['CN', t('factsJurisdictionCN')],
          ['GB', t('factsJurisdictionGB')],
          ['US', t('factsJurisdictionUS')],
          ['EU', t('factsJurisdictionEU')],
        ]}
      />
      <SelectField path="language" label="factsLanguage" options={LETTER_LANGUAGES} />
      <SelectField path="problemType" label="factsProblemType" options={opt(PROBLEMS, 'factsProblem')} />
    </fieldset>
  );
}

export function FactsCase({ providerDefault }: { providerDefault: string }) {
  return (
    <FactsFold
      legend="factsProviderLegend"
      fields={['provider.', 'accountNumber', 'orderNumber', 'contractNumber', 'service', 'sector', 'purchasePurpose']}
    >
      <TextField path="provider.name" label="factsProviderName" placeholder={providerDefault} />
      <TextField path="provider.website" label="factsProviderWebsite" type="url" inputMode="url" />
      <TextField path="provider.phone" label="factsProviderPhone" type="tel" />
      <TextField path="provider.legalName" label="factsProviderLegalName" />
      <TextField path="provider.address" label="factsProviderAddress" />
      <CheckField path="provider.licensedOperator" label="factsLicensedOperator" />
      <TextField path="accountNumber" label="factsAccountNumber" />
      <TextField path="orderNumber" label="factsOrderNumber" />
      <TextField path="contractNumber" label="factsContractNumber" />
      <TextField path="service" label="factsService" />
      <SelectField path="sector" label="factsSector" options={opt(SECTORS, 'factsSector')} />
      <SelectField
        path="purchasePurpose"
        label="factsConsumerUse"
        options={[
          ['personal', t('factsConsumerUsePersonal')],
          ['business', t('factsConsumerUseBusiness')],
        ]}
      />
    </FactsFold>
  );
}

export function FactsIncident() {
  const { facts } = useContext(FactsContext);
  const span = incidentSpan(
    { ...facts, incident: { ...facts.incident, timeZone: facts.incident?.timeZone || systemTimeZone() } },
    Date.now(),
  );
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return (
    <FactsFold legend="factsIncidentLegend" fields={['incident.', 'faultReportedAt', 'rural', 'terminalRuledOut']}>
      <TextField path="incident.start" label="factsIncidentStart" type="datetime-local" />
      <CheckField path="incident.ongoing" label="factsIncidentOngoing" />
      {!facts.incident?.ongoing && <TextField path="incident.end" label="factsIncidentEnd" type="datetime-local" />}
      <TextField path="incident.timeZone" label="factsTimeZone" list="ws-zones" placeholder={systemTimeZone()} />
      <datalist id="ws-zones">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <p class="duration" data-testid="incident-duration" aria-live="polite">
        {span
          ? t(
              span.ongoing ? 'factsDurationOngoing' : 'factsDuration',
              formatDuration(span.durationMs, languageOfLocale(uiLanguage())),
            )
          : t('factsDurationUnknown')}
      </p>
      <TextField path="incident.symptoms" label="factsSymptoms" />
      <LinesField path="incident.errorCodes" label="factsErrorCodes" hint="factsOnePerLine" />
      <LinesField path="incident.triedSteps" label="factsTriedSteps" hint="factsOnePerLine" />
      <TextField path="faultReportedAt" label="factsFaultReportedAt" type="datetime-local" />
      <CheckField path="rural" label="factsRural" />
      <CheckField path="terminalRuledOut" label="factsTerminalRuledOut" />
    </FactsFold>
  );
}

export function FactsDemands() {
  const { facts, frame } = useContext(FactsContext);
  const currency = frame.currency;
  return (
    <FactsFold legend="factsImpactLegend" fields={['impact.', 'currency', 'demands.', 'demands']}>
      <TextField path="impact.hoursLost" label="factsHoursLost" />
      <TextField path="impact.moneyLost" label="factsMoneyLost" inputMode="decimal" />
      <SelectField
        path="impact.lossKind"
        label="factsLossKind"
        options={[
          ['direct', t('factsLossKindDirect')],
          ['lost-earnings', t('factsLossKindLostEarnings')],
        ]}
      />
      <TextField path="monthlyFee" label="factsMonthlyFee" inputMode="decimal" />
      <SelectField
        path="decimalSeparator"
        label="factsDecimalSeparator"
        options={[
          ['point', t('factsDecimalPoint')],
          ['comma', t('factsDecimalComma')],
        ]}
      />
      <TextField path="currency" label="factsCurrency" list="ws-currencies" placeholder={currency} />
      <datalist id="ws-currencies">
        {['CNY', 'GBP', 'USD', 'EUR'].map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <TextField path="impact.description" label="factsImpactDescription" />
      <h3>{t('factsDemandsHeading')}</h3>
      <Hints field="demands" />
      <CheckField path="demands.restoreService" label="factsDemandRestore" />
      <CheckField path="demands.refundOutagePeriod" label="factsDemandRefund" />
      {facts.demands?.refundOutagePeriod && (
        <TextField path="demands.refundAmount" label="factsRefundAmount" inputMode="decimal" />
      )}
      <CheckField path="demands.compensation" label="factsDemandCompensation" />
      {facts.demands?.compensation && (
        <TextField path="demands.compensationAmount" label="factsCompensationAmount" inputMode="decimal" />
      )}
      <CheckField path="demands.writtenExplanation" label="factsDemandExplanation" />
      <CheckField path="demands.improvement" label="factsDemandImprovement" />
      <CheckField path="demands.formalRecord" label="factsDemandRecord" />
      <LinesField path="demands.other" label="factsDemandOther" hint="factsOnePerLine" />
    </FactsFold>
  );
}

export function FactsPeople() {
  const { frame } = useContext(FactsContext);
  const days = DEFAULT_REPLY_DAYS[frame.jurisdiction];
  return (
    <FactsFold
      legend="factsLetterLegend"
      fields={[
        'usState',
        'adrScheme',
        'replyDeadlineDays',
        'firstLetterDate',
        'firstLetterTicket',
        'deadlockLetterDate',
        'complainant.',
      ]}
    >
      {frame.jurisdiction === 'US' && <TextField path="usState" label="factsUsState" />}
      {frame.jurisdiction === 'GB' && (
        <>
          <TextField path="adrScheme" label="factsAdrScheme" list="ws-adr" />
          <datalist id="ws-adr">
            {['Communications Ombudsman', 'CISAS', 'Financial Ombudsman Service'].map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </>
      )}
      <TextField path="replyDeadlineDays" label="factsReplyDays" inputMode="numeric" placeholder={String(days)} />
      <TextField path="firstLetterDate" label="factsFirstLetterDate" type="date" />
      <TextField path="firstLetterTicket" label="factsFirstLetterTicket" />
      <TextField path="deadlockLetterDate" label="factsDeadlockDate" type="date" />
      <h3>{t('factsComplainantHeading')}</h3>
      <TextField path="complainant.name" label="factsComplainantName" />
      <TextField path="complainant.phone" label="factsComplainantPhone" type="tel" />
      <TextField path="complainant.email" label="factsComplainantEmail" type="email" inputMode="email" />
      <TextField path="complainant.address" label="factsComplainantAddress" />
    </FactsFold>
  );
}
