import type {
  FrameworkContent,
  FrameworkDomainContent,
  FrameworkItemContent,
  LocalizedText,
} from './framework';

/** Shorthand for a text in the three languages: Spanish, Brazilian Portuguese, English. */
const t = (es: string, pt: string, en: string): LocalizedText => ({ es, 'pt-BR': pt, en });

const item = (
  key: string,
  statement: LocalizedText,
  l1: LocalizedText,
  l2: LocalizedText,
  l3: LocalizedText,
  l4: LocalizedText,
): FrameworkItemContent => ({ key, statement, levels: { '1': l1, '2': l2, '3': l3, '4': l4 } });

const domain = (
  key: string,
  optional: boolean,
  labels: LocalizedText,
  description: LocalizedText,
  items: FrameworkItemContent[],
): FrameworkDomainContent => ({ key, optional, labels, description, items });

// Content in progress (6A): the domains and their keys are final; items are being written.
const DOMAINS: FrameworkDomainContent[] = [
  domain(
    'governance',
    false,
    t('Gobernanza', 'Governança', 'Governance'),
    t(
      'Cómo la organización se dirige a sí misma: visión propia, liderazgo de trabajadoras sexuales, asamblea y rendición de cuentas.',
      'Como a organização se dirige: visão própria, liderança de trabalhadoras sexuais, assembleia e prestação de contas.',
      'How the organization steers itself: its own vision, sex-worker leadership, assembly and accountability.',
    ),
    [
      item(
        'governance.own_vision',
        t(
          'La organización tiene una visión, una misión y una estrategia propias, definidas por las trabajadoras sexuales que la integran.',
          'A organização tem visão, missão e estratégia próprias, definidas pelas trabalhadoras sexuais que a integram.',
          'The organization has its own vision, mission and strategy, defined by the sex workers who make it up.',
        ),
        t(
          'No hay visión ni misión escritas; el rumbo lo marcan los proyectos que llegan.',
          'Não há visão nem missão escritas; o rumo é dado pelos projetos que chegam.',
          'There is no written vision or mission; direction comes from whatever projects arrive.',
        ),
        t(
          'Hay una visión escrita, pero pocas integrantes la conocen o la usan para decidir.',
          'Há uma visão escrita, mas poucas integrantes a conhecem ou a usam para decidir.',
          'A vision is written down, but few members know it or use it to decide.',
        ),
        t(
          'La visión, la misión y un plan estratégico fueron acordados en asamblea y orientan qué proyectos se aceptan.',
          'Visão, missão e um plano estratégico foram acordados em assembleia e orientam quais projetos são aceitos.',
          'Vision, mission and a strategic plan were agreed in assembly and guide which projects are accepted.',
        ),
        t(
          'La estrategia se revisa periódicamente con las bases; la organización rechaza fondos que la desvían de ella.',
          'A estratégia é revista periodicamente com as bases; a organização recusa recursos que a desviam dela.',
          'The strategy is reviewed regularly with the membership; the organization turns down funds that pull it off course.',
        ),
      ),
    ],
  ),
];

/**
 * The standard framework every organization starts from (version 1): the seed's six domains, enabled,
 * and six optional domains, disabled until the organization enables them. Keys never change.
 */
export const STANDARD_FRAMEWORK: FrameworkContent = {
  name: t(
    'Marco de fortalecimiento de capacidades',
    'Marco de fortalecimento de capacidades',
    'Capacity strengthening framework',
  ),
  domains: DOMAINS,
};
