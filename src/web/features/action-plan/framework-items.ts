import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapacityFrameworkView } from '../../../domain/capacity-framework.schemas';

type Lang = 'es' | 'pt-BR' | 'en';

export interface ItemOption {
  key: string;
  statement: string;
}
export interface DomainOption {
  key: string;
  label: string;
  items: ItemOption[];
}

/** The framework's enabled domains and items in the user's language, and a label for any item key. */
export function useFrameworkItems(framework: CapacityFrameworkView | undefined) {
  const { i18n } = useTranslation();
  const lang = (['es', 'pt-BR', 'en'].includes(i18n.language) ? i18n.language : 'es') as Lang;
  return useMemo(() => {
    const domains: DomainOption[] = [];
    const labels = new Map<string, { statement: string; domain: string }>();
    for (const domain of framework?.domains ?? []) {
      const label = domain.labels[lang] || domain.labels.es;
      const items = domain.items.map((item) => ({
        key: item.key,
        statement: item.statement[lang] || item.statement.es,
      }));
      for (const item of items) labels.set(item.key, { statement: item.statement, domain: label });
      if (domain.enabled && items.length) domains.push({ key: domain.key, label, items });
    }
    return {
      domains,
      labelOf: (key: string) => labels.get(key) ?? { statement: key, domain: '' },
    };
  }, [framework, lang]);
}
