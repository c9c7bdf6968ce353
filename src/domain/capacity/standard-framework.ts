import type {
  FrameworkContent,
  FrameworkDomainContent,
  FrameworkItemContent,
  LocalizedText,
} from './framework';

/**
 * The standard capacity framework (issue 6, DOMAIN.md §5): the seed's six domains (the El Salvador
 * slide of the 2020 deck) and six optional domains, each item a statement with a four-level rubric —
 * 1 nascent · 2 emerging · 3 established · 4 mature (N/A is scored, not described) — in es, pt-BR and
 * en. Written for sex-worker-led organizations, grounded in SWIT §6.5–6.7 (capacity to carry out the
 * organization's own vision and strategy; registration through a network is valid; membership fees
 * that do not exclude; state and non-state actors) and the OCA / Pact OPI tools. Item and domain keys
 * are stable: never rename one (re-assessments compare by key); add new keys instead.
 */

/** A text in the three languages: Spanish, Brazilian Portuguese, English. */
const t = (es: string, pt: string, en: string): LocalizedText => ({ es, 'pt-BR': pt, en });

/** A statement and its four levels, from 1 (nascent) to 4 (mature). */
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

// ── 1. Governance (seed: «Gobernabilidad»). SWIT §6.5: capacity is the ability to carry out the
// organization's OWN vision and strategy; not every group needs its own registration.
const GOVERNANCE = domain(
  'governance',
  false,
  t('Gobernanza', 'Governança', 'Governance'),
  t(
    'Cómo se dirige la organización: visión propia, liderazgo de las trabajadoras sexuales, forma legal, asamblea y rendición de cuentas.',
    'Como a organização se dirige: visão própria, liderança das trabalhadoras sexuais, forma jurídica, assembleia e prestação de contas.',
    'How the organization steers itself: its own vision, sex-worker leadership, legal form, assembly and accountability.',
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
        'Não há visão nem missão escritas; o rumo é dado pelos projetos que aparecem.',
        'There is no written vision or mission; direction comes from whatever projects arrive.',
      ),
      t(
        'Hay una visión escrita, pero pocas integrantes la conocen o la usan para decidir.',
        'Há uma visão escrita, mas poucas integrantes a conhecem ou a usam para decidir.',
        'A vision is written down, but few members know it or use it to make decisions.',
      ),
      t(
        'La visión, la misión y un plan estratégico se acordaron en asamblea y orientan qué proyectos se aceptan.',
        'Visão, missão e um plano estratégico foram acordados em assembleia e orientam quais projetos são aceitos.',
        'Vision, mission and a strategic plan were agreed in assembly and guide which projects are taken on.',
      ),
      t(
        'La estrategia se revisa periódicamente con las bases, y la organización rechaza fondos que la desvían de ella.',
        'A estratégia é revista periodicamente com as bases, e a organização recusa recursos que a desviam dela.',
        'The strategy is reviewed regularly with the grassroots, and the organization turns down funding that would pull it off course.',
      ),
    ),
    item(
      'governance.sex_worker_leadership',
      t(
        'Las trabajadoras sexuales dirigen la organización: integran la junta directiva y toman las decisiones importantes.',
        'As trabalhadoras sexuais dirigem a organização: compõem a diretoria e tomam as decisões importantes.',
        'Sex workers lead the organization: they sit on the board and take the important decisions.',
      ),
      t(
        'Las decisiones las toman personas aliadas o una sola dirigente; las trabajadoras sexuales participan poco.',
        'As decisões são tomadas por pessoas aliadas ou por uma única dirigente; as trabalhadoras sexuais participam pouco.',
        'Decisions are taken by allies or by a single leader; sex workers take little part.',
      ),
      t(
        'Hay trabajadoras sexuales en la junta, pero las decisiones clave todavía dependen de aliados, asesores o financiadores.',
        'Há trabalhadoras sexuais na diretoria, mas as decisões-chave ainda dependem de aliados, assessores ou financiadores.',
        'Sex workers sit on the board, but key decisions still depend on allies, advisers or funders.',
      ),
      t(
        'La junta está formada en su mayoría por trabajadoras sexuales y decide sobre la estrategia, el presupuesto y las alianzas.',
        'A diretoria é formada majoritariamente por trabalhadoras sexuais e decide sobre estratégia, orçamento e alianças.',
        'The board is made up mostly of sex workers and decides on strategy, budget and alliances.',
      ),
      t(
        'Los estatutos garantizan el liderazgo de las trabajadoras sexuales; aliados y personal técnico asesoran sin decidir.',
        'O estatuto garante a liderança das trabalhadoras sexuais; aliados e equipe técnica assessoram sem decidir.',
        'The statutes guarantee sex-worker leadership; allies and technical staff advise but do not decide.',
      ),
    ),
    item(
      'governance.legal_standing',
      t(
        'La organización tiene una forma legal adecuada a su contexto —registro propio o a través de una red u organización anfitriona— que le permite recibir fondos y firmar acuerdos.',
        'A organização tem uma forma jurídica adequada ao seu contexto —registro próprio ou por meio de uma rede ou organização anfitriã— que lhe permite receber recursos e assinar acordos.',
        'The organization has a legal form that suits its context —its own registration, or registration through a network or host organization— that lets it receive funds and sign agreements.',
      ),
      t(
        'No tiene personería jurídica ni acuerdo con otra entidad; no puede recibir fondos ni firmar convenios.',
        'Não tem personalidade jurídica nem acordo com outra entidade; não pode receber recursos nem assinar convênios.',
        'It has no legal personality and no agreement with another body; it cannot receive funds or sign agreements.',
      ),
      t(
        'Recibe fondos a través de otra organización, sin un acuerdo escrito sobre quién decide y cómo se usan los recursos.',
        'Recebe recursos por meio de outra organização, sem acordo escrito sobre quem decide e como os recursos são usados.',
        'It receives funds through another organization, with no written agreement on who decides and how the money is used.',
      ),
      t(
        'Tiene personería propia, o un acuerdo escrito con una red u organización anfitriona que respeta su autonomía; ambas vías son válidas.',
        'Tem personalidade jurídica própria, ou um acordo escrito com uma rede ou organização anfitriã que respeita sua autonomia; os dois caminhos são válidos.',
        'It has its own legal personality, or a written agreement with a network or host organization that respects its autonomy; both routes are valid.',
      ),
      t(
        'Eligió su forma legal según los riesgos y las leyes del contexto, y la mantiene al día (registros, libros de actas, renovaciones, obligaciones fiscales).',
        'Escolheu sua forma jurídica segundo os riscos e as leis do contexto, e a mantém em dia (registros, livros de atas, renovações, obrigações fiscais).',
        'It chose its legal form in light of the risks and laws of its context, and keeps it up to date (registrations, minute books, renewals, tax obligations).',
      ),
    ),
    item(
      'governance.assembly_accountability',
      t(
        'La junta rinde cuentas a la asamblea de integrantes: hay asambleas periódicas, elecciones y acceso a la información sobre la gestión y el dinero.',
        'A diretoria presta contas à assembleia de integrantes: há assembleias periódicas, eleições e acesso às informações sobre a gestão e o dinheiro.',
        'The board answers to the members’ assembly: there are regular assemblies, elections, and access to information on management and money.',
      ),
      t(
        'No hay asambleas ni elecciones; las integrantes no saben cómo se usan los recursos.',
        'Não há assembleias nem eleições; as integrantes não sabem como os recursos são usados.',
        'There are no assemblies or elections; members do not know how resources are used.',
      ),
      t(
        'Hay asambleas ocasionales, sin actas ni informe de gestión.',
        'Há assembleias ocasionais, sem atas nem relatório de gestão.',
        'Assemblies happen now and then, with no minutes or management report.',
      ),
      t(
        'La asamblea se reúne según los estatutos, elige a la junta y recibe un informe de actividades y de finanzas; se levantan actas.',
        'A assembleia se reúne conforme o estatuto, elege a diretoria e recebe um relatório de atividades e de finanças; as atas são registradas.',
        'The assembly meets as the statutes require, elects the board and receives an activity and financial report; minutes are kept.',
      ),
      t(
        'Las integrantes —también las de base y las de otras ciudades— participan y cuestionan la gestión; los informes se presentan en lenguaje claro y los acuerdos se cumplen.',
        'As integrantes —também as de base e as de outras cidades— participam e questionam a gestão; os relatórios são apresentados em linguagem clara e as decisões são cumpridas.',
        'Members —grassroots members and those in other towns too— take part and question the management; reports are given in plain language and decisions are carried out.',
      ),
    ),
    item(
      'governance.rules_and_policies',
      t(
        'Existen estatutos y políticas internas escritas (conflicto de interés, no discriminación, confidencialidad, quejas) y se aplican.',
        'Existem estatuto e políticas internas escritas (conflito de interesses, não discriminação, confidencialidade, reclamações) e elas são aplicadas.',
        'There are statutes and written internal policies (conflict of interest, non-discrimination, confidentiality, complaints), and they are applied.',
      ),
      t(
        'No hay estatutos ni reglas escritas.',
        'Não há estatuto nem regras escritas.',
        'There are no statutes or written rules.',
      ),
      t(
        'Hay estatutos, pero no políticas internas, o nadie las conoce ni las aplica.',
        'Há estatuto, mas não políticas internas, ou ninguém as conhece nem as aplica.',
        'There are statutes but no internal policies, or nobody knows or applies them.',
      ),
      t(
        'Los estatutos y las políticas básicas están aprobados, y la junta los usa para resolver conflictos.',
        'O estatuto e as políticas básicas estão aprovados, e a diretoria os usa para resolver conflitos.',
        'The statutes and basic policies are approved, and the board uses them to settle conflicts.',
      ),
      t(
        'Las políticas se revisan periódicamente, todas las integrantes las conocen y hay un mecanismo de quejas confiable y seguro.',
        'As políticas são revistas periodicamente, todas as integrantes as conhecem e há um mecanismo de reclamações confiável e seguro.',
        'Policies are reviewed regularly, every member knows them, and there is a trusted, safe complaints mechanism.',
      ),
    ),
    item(
      'governance.leadership_renewal',
      t(
        'La organización forma nuevas lideresas y renueva sus cargos, de modo que no depende de una sola persona.',
        'A organização forma novas lideranças e renova seus cargos, de modo que não depende de uma só pessoa.',
        'The organization develops new leaders and renews its office-holders, so that it does not depend on a single person.',
      ),
      t(
        'Todo depende de una o dos dirigentes; si faltan, la organización se detiene.',
        'Tudo depende de uma ou duas dirigentes; se elas faltam, a organização para.',
        'Everything depends on one or two leaders; without them the organization stops.',
      ),
      t(
        'Se reconoce la necesidad de relevo, pero pocas integrantes se preparan para asumir cargos.',
        'A necessidade de renovação é reconhecida, mas poucas integrantes se preparam para assumir cargos.',
        'The need for succession is recognized, but few members are preparing to take on roles.',
      ),
      t(
        'Hay formación de lideresas y los cargos rotan según los estatutos.',
        'Há formação de lideranças e os cargos se renovam conforme o estatuto.',
        'Leadership training takes place and roles rotate as the statutes require.',
      ),
      t(
        'Existe un plan de relevo: nuevas lideresas —también mujeres trans y migrantes— asumen cargos y representan a la organización con confianza.',
        'Existe um plano de sucessão: novas lideranças —também mulheres trans e migrantes— assumem cargos e representam a organização com confiança.',
        'There is a succession plan: new leaders —trans women and migrants among them— take on roles and represent the organization with confidence.',
      ),
    ),
  ],
);

// ── 2. Project management (seed: «Gestión de proyectos»; SWIT §6.5: build capacity inside real project
// work; management approaches that respond to sex-worker programmes: coverage, mobility, leadership,
// confidentiality, flexibility and continuous learning).
const PROJECT_MANAGEMENT = domain(
  'project_management',
  false,
  t('Gestión de proyectos', 'Gestão de projetos', 'Project management'),
  t(
    'Planificar, ejecutar, dar seguimiento e informar sobre el trabajo, con los datos propios y las necesidades de la comunidad al centro.',
    'Planejar, executar, acompanhar e prestar contas do trabalho, com os dados próprios e as necessidades da comunidade no centro.',
    'Planning, delivering, monitoring and reporting on the work, with the organization’s own data and the community’s needs at the centre.',
  ),
  [
    item(
      'project_management.work_planning',
      t(
        'Cada proyecto tiene un plan de trabajo con objetivos, actividades, responsables, fechas y presupuesto, vinculado a la estrategia propia.',
        'Cada projeto tem um plano de trabalho com objetivos, atividades, responsáveis, prazos e orçamento, ligado à estratégia própria.',
        'Every project has a work plan with objectives, activities, responsibilities, dates and budget, linked to the organization’s own strategy.',
      ),
      t(
        'Las actividades se deciden sobre la marcha; no hay un plan escrito.',
        'As atividades são decididas no dia a dia; não há plano escrito.',
        'Activities are decided as things come up; there is no written plan.',
      ),
      t(
        'Hay planes para algunos proyectos, preparados por el financiador o una consultora, y el equipo casi no los usa.',
        'Há planos para alguns projetos, preparados pelo financiador ou por uma consultoria, e a equipe quase não os usa.',
        'Some projects have plans, drafted by the funder or a consultant, and the team hardly uses them.',
      ),
      t(
        'El equipo elabora sus propios planes de trabajo y los revisa en reuniones periódicas.',
        'A equipe elabora seus próprios planos de trabalho e os revisa em reuniões periódicas.',
        'The team draws up its own work plans and reviews them in regular meetings.',
      ),
      t(
        'Los planes de todos los proyectos forman un plan anual alineado con la estrategia, y se ajustan cuando cambia el contexto.',
        'Os planos de todos os projetos formam um plano anual alinhado à estratégia, e são ajustados quando o contexto muda.',
        'The plans of all projects add up to an annual plan aligned with the strategy, and are adjusted when the context changes.',
      ),
    ),
    item(
      'project_management.own_data',
      t(
        'La organización registra y usa sus propios datos (cobertura, contactos, casos) para saber si llega a quienes debe llegar.',
        'A organização registra e usa seus próprios dados (cobertura, contatos, casos) para saber se alcança quem precisa alcançar.',
        'The organization records and uses its own data (coverage, contacts, cases) to know whether it reaches the people it should.',
      ),
      t(
        'No se registran datos, o solo se llenan los formatos del financiador.',
        'Não se registram dados, ou só se preenchem os formulários do financiador.',
        'No data is recorded, or only the funder’s forms are filled in.',
      ),
      t(
        'Se recogen datos, pero no se analizan ni se devuelven al equipo.',
        'Os dados são coletados, mas não são analisados nem devolvidos à equipe.',
        'Data is collected but not analysed or fed back to the team.',
      ),
      t(
        'Se revisan con las promotoras los indicadores de cobertura y resultados, y el trabajo se ajusta según lo que muestran.',
        'Os indicadores de cobertura e de resultados são revistos com as promotoras, e o trabalho é ajustado de acordo com o que mostram.',
        'Coverage and results indicators are reviewed with the promotoras (peer outreach workers), and the work is adjusted to what they show.',
      ),
      t(
        'Datos propios, protegidos y de calidad orientan las decisiones y la incidencia; la organización decide qué datos comparte, con quién y de forma agregada.',
        'Dados próprios, protegidos e de qualidade orientam as decisões e a incidência; a organização decide quais dados compartilha, com quem e de forma agregada.',
        'Its own good-quality, protected data guides decisions and advocacy; the organization decides what it shares, with whom, and only in aggregate.',
      ),
    ),
    item(
      'project_management.community_needs',
      t(
        'Los programas responden a las necesidades que las propias trabajadoras sexuales identifican, incluidas las de quienes se desplazan o son migrantes.',
        'Os programas respondem às necessidades que as próprias trabalhadoras sexuais identificam, incluindo as de quem se desloca ou é migrante.',
        'Programmes respond to the needs sex workers themselves identify, including those of mobile and migrant sex workers.',
      ),
      t(
        'Los programas se diseñan fuera de la organización, sin consultar a la comunidad.',
        'Os programas são desenhados fora da organização, sem consultar a comunidade.',
        'Programmes are designed outside the organization, without asking the community.',
      ),
      t(
        'Se consulta a la comunidad de vez en cuando, pero los programas no cambian.',
        'A comunidade é consultada de vez em quando, mas os programas não mudam.',
        'The community is consulted now and then, but programmes do not change.',
      ),
      t(
        'Las necesidades se identifican con la comunidad (microplanificación, reuniones, espacios seguros) y orientan las actividades.',
        'As necessidades são identificadas com a comunidade (microplanejamento, reuniões, espaços seguros) e orientam as atividades.',
        'Needs are identified with the community (micro-planning, meetings, safe spaces) and shape the activities.',
      ),
      t(
        'La comunidad participa en el diseño, el seguimiento y la evaluación; los programas se adaptan a la movilidad, la migración y las barreras estructurales.',
        'A comunidade participa do desenho, do acompanhamento e da avaliação; os programas se adaptam à mobilidade, à migração e às barreiras estruturais.',
        'The community takes part in design, monitoring and evaluation; programmes adapt to mobility, migration and structural barriers.',
      ),
    ),
    item(
      'project_management.reporting',
      t(
        'Los informes narrativos y financieros se presentan completos y a tiempo.',
        'Os relatórios narrativos e financeiros são entregues completos e no prazo.',
        'Narrative and financial reports are submitted complete and on time.',
      ),
      t(
        'Los informes se atrasan, o los escribe alguien de fuera de la organización.',
        'Os relatórios atrasam, ou são escritos por alguém de fora da organização.',
        'Reports are late, or someone outside the organization writes them.',
      ),
      t(
        'Se entregan, pero con retrasos o correcciones frecuentes.',
        'São entregues, mas com atrasos ou correções frequentes.',
        'They are submitted, but often late or in need of corrections.',
      ),
      t(
        'Hay un calendario de informes y se cumplen los plazos.',
        'Há um calendário de relatórios e os prazos são cumpridos.',
        'There is a reporting calendar and deadlines are met.',
      ),
      t(
        'Los informes llegan a tiempo, muestran resultados y aprendizajes, y también se comparten con las integrantes.',
        'Os relatórios chegam no prazo, mostram resultados e aprendizados, e também são compartilhados com as integrantes.',
        'Reports arrive on time, show results and lessons learned, and are shared with the members too.',
      ),
    ),
    item(
      'project_management.learning',
      t(
        'La organización reflexiona sobre lo que funciona y lo que no, y cambia su forma de trabajar a partir de ello.',
        'A organização reflete sobre o que funciona e o que não funciona, e muda sua forma de trabalhar a partir disso.',
        'The organization reflects on what works and what does not, and changes the way it works as a result.',
      ),
      t(
        'No hay espacios para revisar el trabajo.',
        'Não há espaços para revisar o trabalho.',
        'There is no space to look back at the work.',
      ),
      t(
        'Se evalúa al final de un proyecto, cuando el financiador lo pide.',
        'Avalia-se ao final de um projeto, quando o financiador pede.',
        'Evaluation happens at the end of a project, when the funder asks for it.',
      ),
      t(
        'Hay reuniones periódicas de revisión, y las lecciones cambian la forma de trabajar.',
        'Há reuniões periódicas de revisão, e as lições mudam a forma de trabalhar.',
        'Regular review meetings take place, and the lessons change the way of working.',
      ),
      t(
        'El aprendizaje es continuo: se documenta, se comparte con otras organizaciones y alimenta la estrategia.',
        'O aprendizado é contínuo: é documentado, compartilhado com outras organizações e alimenta a estratégia.',
        'Learning is continuous: it is documented, shared with other organizations and feeds into the strategy.',
      ),
    ),
  ],
);

// ── 3. Resource mobilization (seed: «Movilización de recursos»; SWIT §6.6: membership fees not so high
// that they exclude, government schemes, several sources).
const RESOURCE_MOBILIZATION = domain(
  'resource_mobilization',
  false,
  t('Movilización de recursos', 'Mobilização de recursos', 'Resource mobilization'),
  t(
    'Conseguir los recursos que sostienen la estrategia propia: varias fuentes, propuestas, cuotas que no excluyen, fondos públicos e ingresos propios.',
    'Conseguir os recursos que sustentam a estratégia própria: várias fontes, propostas, contribuições que não excluem, recursos públicos e renda própria.',
    'Securing the resources that sustain the organization’s own strategy: several sources, proposals, fees that do not exclude, public funds and own income.',
  ),
  [
    item(
      'resource_mobilization.diversified_funding',
      t(
        'La organización tiene varias fuentes de financiamiento y no depende de un solo donante.',
        'A organização tem várias fontes de financiamento e não depende de um único doador.',
        'The organization has several sources of funding and does not depend on a single donor.',
      ),
      t(
        'Depende de un solo financiador, o no tiene ninguno.',
        'Depende de um único financiador, ou não tem nenhum.',
        'It depends on a single funder, or has none.',
      ),
      t(
        'Tiene dos o tres fuentes, pero una sola cubre casi todo el presupuesto.',
        'Tem duas ou três fontes, mas uma só cobre quase todo o orçamento.',
        'It has two or three sources, but one of them covers almost the whole budget.',
      ),
      t(
        'Tiene varias fuentes (cooperación, fondos públicos, aportes propios) y ninguna supera la mitad del presupuesto.',
        'Tem várias fontes (cooperação, recursos públicos, contribuições próprias) e nenhuma passa da metade do orçamento.',
        'It has several sources (international cooperation, public funds, its own contributions) and none exceeds half the budget.',
      ),
      t(
        'Tiene una estrategia de movilización de recursos con metas, fondos que cubren los costos básicos y una reserva para los meses difíciles.',
        'Tem uma estratégia de mobilização de recursos com metas, recursos que cobrem os custos básicos e uma reserva para os meses difíceis.',
        'It has a resource-mobilization strategy with targets, funding that covers core costs and a reserve for lean months.',
      ),
    ),
    item(
      'resource_mobilization.proposals',
      t(
        'La organización identifica oportunidades de financiamiento y prepara por sí misma propuestas de calidad.',
        'A organização identifica oportunidades de financiamento e prepara por conta própria propostas de qualidade.',
        'The organization finds funding opportunities and prepares good proposals itself.',
      ),
      t(
        'No busca oportunidades; otras personas escriben propuestas en su nombre.',
        'Não procura oportunidades; outras pessoas escrevem propostas em seu nome.',
        'It does not look for opportunities; others write proposals in its name.',
      ),
      t(
        'Escribe propuestas con mucho apoyo externo, y pocas se aprueban.',
        'Escreve propostas com muito apoio externo, e poucas são aprovadas.',
        'It writes proposals with a lot of outside help, and few are approved.',
      ),
      t(
        'Sigue las convocatorias y prepara propuestas propias con presupuestos realistas; algunas se aprueban.',
        'Acompanha os editais e prepara propostas próprias com orçamentos realistas; algumas são aprovadas.',
        'It follows calls for proposals and prepares its own proposals with realistic budgets; some are approved.',
      ),
      t(
        'Lleva un registro de oportunidades y propuestas, aprende de los rechazos y ayuda a otros grupos a escribir las suyas.',
        'Mantém um registro de oportunidades e propostas, aprende com as recusas e ajuda outros grupos a escrever as suas.',
        'It keeps a record of opportunities and proposals, learns from rejections and helps other groups write theirs.',
      ),
    ),
    item(
      'resource_mobilization.membership_fees',
      t(
        'Las integrantes aportan cuotas u otras contribuciones, con montos que no excluyen a nadie.',
        'As integrantes pagam contribuições ou apoiam de outras formas, com valores que não excluem ninguém.',
        'Members pay fees or contribute in other ways, at amounts that exclude no one.',
      ),
      t(
        'No hay cuotas ni otras contribuciones, o las cuotas son tan altas que dejan a compañeras fuera.',
        'Não há contribuições de nenhum tipo, ou elas são tão altas que deixam companheiras de fora.',
        'There are no fees or other contributions, or fees are so high that some sex workers are left out.',
      ),
      t(
        'Hay cuotas, pero se cobran de forma irregular y sin reglas claras de exoneración.',
        'Há contribuições, mas são cobradas de forma irregular e sem regras claras de isenção.',
        'There are fees, but they are collected irregularly and with no clear rules for exemptions.',
      ),
      t(
        'Las cuotas se acordaron en asamblea, con exoneración para quien no puede pagar; se registran y se informa de ellas.',
        'As contribuições foram acordadas em assembleia, com isenção para quem não pode pagar; são registradas e informadas.',
        'Fees were agreed in assembly, with exemptions for those who cannot pay; they are recorded and reported on.',
      ),
      t(
        'Las contribuciones (dinero, tiempo, especie) sostienen una parte de la organización y refuerzan la pertenencia sin excluir a ninguna compañera.',
        'As contribuições (dinheiro, tempo, doações em espécie) sustentam uma parte da organização e reforçam o pertencimento sem excluir nenhuma companheira.',
        'Contributions (money, time, in kind) sustain part of the organization and strengthen belonging without excluding anyone.',
      ),
    ),
    item(
      'resource_mobilization.public_funds',
      t(
        'La organización conoce los fondos y programas públicos (nacionales o locales) a los que tiene derecho, y accede a ellos.',
        'A organização conhece os recursos e programas públicos (nacionais ou locais) aos quais tem direito, e os acessa.',
        'The organization knows the public funds and schemes (national or local) it is entitled to, and accesses them.',
      ),
      t(
        'No conoce los fondos ni los programas públicos disponibles.',
        'Não conhece os recursos nem os programas públicos disponíveis.',
        'It does not know which public funds or schemes exist.',
      ),
      t(
        'Conoce algunos, pero no ha presentado solicitudes, o se las rechazaron por los requisitos.',
        'Conhece alguns, mas não apresentou solicitações, ou elas foram recusadas pelos requisitos.',
        'It knows some, but has not applied, or its applications were turned down on requirements.',
      ),
      t(
        'Ha accedido al menos a un fondo, contrato o programa público, para la organización o para sus integrantes.',
        'Acessou pelo menos um recurso, contrato ou programa público, para a organização ou para suas integrantes.',
        'It has accessed at least one public fund, contract or scheme, for the organization or for its members.',
      ),
      t(
        'Recibe fondos públicos de forma sostenida (por ejemplo, contratación social) sin perder su autonomía ni su voz crítica.',
        'Recebe recursos públicos de forma sustentada (por exemplo, contratação social) sem perder sua autonomia nem sua voz crítica.',
        'It receives public funding on a sustained basis (social contracting, for example) without losing its autonomy or its critical voice.',
      ),
    ),
    item(
      'resource_mobilization.own_income',
      t(
        'La organización genera ingresos propios o moviliza recursos locales (actividades, servicios, donaciones, apoyo en especie).',
        'A organização gera renda própria ou mobiliza recursos locais (atividades, serviços, doações, apoio em espécie).',
        'The organization earns its own income or mobilizes local resources (activities, services, donations, in-kind support).',
      ),
      t('No tiene ingresos propios.', 'Não tem renda própria.', 'It has no income of its own.'),
      t(
        'Hace actividades puntuales (rifas, eventos) sin planificarlas.',
        'Faz atividades pontuais (rifas, eventos) sem planejamento.',
        'It holds one-off activities (raffles, events) without planning them.',
      ),
      t(
        'Tiene una o dos fuentes regulares de ingreso propio y las registra en su contabilidad.',
        'Tem uma ou duas fontes regulares de renda própria e as registra na contabilidade.',
        'It has one or two regular sources of its own income and records them in its accounts.',
      ),
      t(
        'Los ingresos propios cubren una parte estable de los costos básicos y se administran con transparencia ante la asamblea.',
        'A renda própria cobre uma parte estável dos custos básicos e é administrada com transparência perante a assembleia.',
        'Its own income covers a steady share of core costs and is managed transparently before the assembly.',
      ),
    ),
  ],
);

// ── 4. Networking (seed: «Creación de redes»; SWIT §6.7: the state —police, health, social programmes,
// politicians— and non-state actors —NGOs, other sex-worker groups, media, faith groups—; the seed:
// cooperation with other social movements and key populations).
const NETWORKING = domain(
  'networking',
  false,
  t('Creación de redes', 'Articulação em redes', 'Networking'),
  t(
    'Relaciones con redes de trabajadoras sexuales, otros movimientos y los actores estatales y no estatales que influyen en la vida de la comunidad.',
    'Relações com redes de trabalhadoras sexuais, outros movimentos e os atores estatais e não estatais que influenciam a vida da comunidade.',
    'Relationships with sex-worker networks, other movements, and the state and non-state actors that shape the community’s lives.',
  ),
  [
    item(
      'networking.sex_worker_networks',
      t(
        'La organización participa activamente en redes de trabajadoras sexuales nacionales, regionales o mundiales.',
        'A organização participa ativamente de redes de trabalhadoras sexuais nacionais, regionais ou mundiais.',
        'The organization takes an active part in national, regional or global sex-worker networks.',
      ),
      t('No pertenece a ninguna red.', 'Não pertence a nenhuma rede.', 'It belongs to no network.'),
      t(
        'Pertenece a una red, pero participa poco o solo recibe información.',
        'Pertence a uma rede, mas participa pouco ou só recebe informações.',
        'It belongs to a network but takes little part, or only receives information.',
      ),
      t(
        'Participa en las reuniones y acciones de la red y comparte la información con sus integrantes.',
        'Participa das reuniões e ações da rede e compartilha as informações com suas integrantes.',
        'It takes part in the network’s meetings and actions and passes the information on to its members.',
      ),
      t(
        'Ocupa espacios de decisión en la red, aporta a su agenda y la usa para el respaldo mutuo (por ejemplo, registro o fondos a través de la red).',
        'Ocupa espaços de decisão na rede, contribui para sua agenda e a usa para apoio mútuo (por exemplo, registro ou recursos por meio da rede).',
        'It holds decision-making roles in the network, shapes its agenda and uses it for mutual backing (registration or funding through the network, for example).',
      ),
    ),
    item(
      'networking.social_movements',
      t(
        'La organización trabaja en alianza con otros movimientos sociales y poblaciones clave: personas trans, hombres que tienen sexo con hombres, personas que usan drogas, personas con VIH, feministas y defensoras de derechos humanos.',
        'A organização trabalha em aliança com outros movimentos sociais e populações-chave: pessoas trans, homens que fazem sexo com homens, pessoas que usam drogas, pessoas vivendo com HIV, feministas e defensoras de direitos humanos.',
        'The organization works in alliance with other social movements and key populations: trans people, men who have sex with men, people who use drugs, people living with HIV, feminists and human-rights defenders.',
      ),
      t(
        'No tiene relación con otros movimientos.',
        'Não tem relação com outros movimentos.',
        'It has no relationship with other movements.',
      ),
      t(
        'Hay contactos ocasionales, sin acciones conjuntas.',
        'Há contatos ocasionais, sem ações conjuntas.',
        'There are occasional contacts but no joint action.',
      ),
      t(
        'Participa en coaliciones con otros movimientos en acciones concretas.',
        'Participa de coalizões com outros movimentos em ações concretas.',
        'It joins coalitions with other movements on concrete actions.',
      ),
      t(
        'Es una aliada reconocida: construye agendas comunes y otros movimientos defienden también los derechos de las trabajadoras sexuales.',
        'É uma aliada reconhecida: constrói agendas comuns e outros movimentos também defendem os direitos das trabalhadoras sexuais.',
        'It is a recognized ally: it builds shared agendas, and other movements stand up for sex workers’ rights too.',
      ),
    ),
    item(
      'networking.actor_map',
      t(
        'La organización conoce a los actores estatales (policía, salud, programas sociales, autoridades políticas) y no estatales (ONG, medios, grupos religiosos, dueños de locales) que influyen en la vida de las trabajadoras sexuales, y se relaciona con los clave.',
        'A organização conhece os atores estatais (polícia, saúde, programas sociais, autoridades políticas) e não estatais (ONGs, mídia, grupos religiosos, donos de estabelecimentos) que influenciam a vida das trabalhadoras sexuais, e se relaciona com os principais.',
        'The organization knows the state actors (police, health, social programmes, politicians) and non-state actors (NGOs, media, faith groups, venue owners) that shape sex workers’ lives, and has relationships with the key ones.',
      ),
      t(
        'No ha identificado a los actores que la afectan.',
        'Não identificou os atores que a afetam.',
        'It has not identified the actors that affect it.',
      ),
      t(
        'Conoce a algunos actores, pero la relación depende de contactos personales.',
        'Conhece alguns atores, mas a relação depende de contatos pessoais.',
        'It knows some actors, but relationships rest on personal contacts.',
      ),
      t(
        'Tiene un mapa de actores actualizado y contactos institucionales con los principales.',
        'Tem um mapa de atores atualizado e contatos institucionais com os principais.',
        'It keeps an up-to-date map of actors and has institutional contacts with the main ones.',
      ),
      t(
        'Usa el mapa para decidir alianzas y estrategias, y mantiene las relaciones aunque cambien las personas en los cargos.',
        'Usa o mapa para decidir alianças e estratégias, e mantém as relações mesmo quando mudam as pessoas nos cargos.',
        'It uses the map to decide alliances and strategies, and relationships survive changes of the people in office.',
      ),
    ),
    item(
      'networking.media',
      t(
        'La organización se comunica con los medios y la opinión pública con sus propios mensajes, protegiendo la identidad de sus integrantes.',
        'A organização se comunica com a mídia e a opinião pública com suas próprias mensagens, protegendo a identidade de suas integrantes.',
        'The organization speaks to the media and the public with its own messages, protecting its members’ identities.',
      ),
      t(
        'No tiene relación con los medios, o los medios hablan de las trabajadoras sexuales sin consultarlas.',
        'Não tem relação com a mídia, ou a mídia fala das trabalhadoras sexuais sem consultá-las.',
        'It has no relationship with the media, or the media talk about sex workers without asking them.',
      ),
      t(
        'Responde a los medios cuando la buscan, sin preparación ni reglas para proteger identidades.',
        'Responde à mídia quando é procurada, sem preparação nem regras para proteger identidades.',
        'It answers the media when approached, with no preparation or rules to protect identities.',
      ),
      t(
        'Tiene voceras preparadas y reglas sobre imágenes y consentimiento; difunde mensajes propios en redes sociales.',
        'Tem porta-vozes preparadas e regras sobre imagens e consentimento; divulga mensagens próprias nas redes sociais.',
        'It has trained spokespeople and rules on images and consent; it puts out its own messages on social media.',
      ),
      t(
        'Los medios la consultan como fuente; contribuye a un trato respetuoso y responde a la cobertura que estigmatiza.',
        'A mídia a consulta como fonte; contribui para uma cobertura respeitosa e responde à cobertura que estigmatiza.',
        'The media consult it as a source; it promotes respectful coverage and answers stigmatizing reporting.',
      ),
    ),
    item(
      'networking.peer_exchange',
      t(
        'La organización comparte experiencias con otras organizaciones de trabajadoras sexuales y aprende de ellas (intercambio entre pares).',
        'A organização compartilha experiências com outras organizações de trabalhadoras sexuais e aprende com elas (intercâmbio entre pares).',
        'The organization shares experience with other sex-worker organizations and learns from them (peer exchange).',
      ),
      t(
        'No hay intercambio con otras organizaciones.',
        'Não há intercâmbio com outras organizações.',
        'There is no exchange with other organizations.',
      ),
      t(
        'Participa en intercambios cuando se los ofrecen.',
        'Participa de intercâmbios quando eles são oferecidos.',
        'It joins exchanges when they are offered.',
      ),
      t(
        'Busca intercambios para resolver problemas concretos y aplica lo aprendido.',
        'Procura intercâmbios para resolver problemas concretos e aplica o que aprendeu.',
        'It seeks out exchanges to solve concrete problems and applies what it learns.',
      ),
      t(
        'Ofrece asistencia técnica a otros grupos en sus áreas fuertes y pide apoyo en las débiles.',
        'Oferece assistência técnica a outros grupos em suas áreas fortes e pede apoio nas fracas.',
        'It offers technical assistance to other groups in its strong areas and asks for support in its weak ones.',
      ),
    ),
  ],
);

// ── 5. Engagement with government (seed: «Compromiso con el gobierno»; the deck: sex workers in policy,
// programme and funding decisions; training health, police and social-service providers).
const GOVERNMENT_ENGAGEMENT = domain(
  'government_engagement',
  false,
  t('Relación con el gobierno', 'Relação com o governo', 'Engagement with government'),
  t(
    'Participar en decisiones públicas y trabajar con salud, policía, justicia y programas sociales, sin perder la autonomía ni poner en riesgo a las integrantes.',
    'Participar das decisões públicas e trabalhar com saúde, polícia, justiça e programas sociais, sem perder a autonomia nem pôr em risco as integrantes.',
    'Taking part in public decisions and working with health, police, justice and social programmes, without losing autonomy or putting members at risk.',
  ),
  [
    item(
      'government_engagement.policy_spaces',
      t(
        'La organización participa con voz propia en espacios de decisión pública (mecanismo de coordinación de país, comisiones de VIH, consejos locales).',
        'A organização participa com voz própria de espaços de decisão pública (mecanismo de coordenação de país, comissões de HIV, conselhos locais).',
        'The organization takes part, in its own voice, in public decision-making bodies (country coordinating mechanism, HIV commissions, local councils).',
      ),
      t(
        'No participa en espacios de decisión.',
        'Não participa de espaços de decisão.',
        'It takes part in no decision-making body.',
      ),
      t(
        'La invitan de vez en cuando, como asistente, sin influir en las decisiones.',
        'É convidada de vez em quando, como ouvinte, sem influenciar as decisões.',
        'It is invited now and then, as an observer, without influencing decisions.',
      ),
      t(
        'Tiene representación estable en al menos un espacio y lleva posiciones consultadas con sus integrantes.',
        'Tem representação estável em pelo menos um espaço e leva posições consultadas com suas integrantes.',
        'It holds a steady seat in at least one body and brings positions agreed with its members.',
      ),
      t(
        'Sus propuestas se reflejan en políticas, presupuestos o programas, y rinde cuentas a sus integrantes de lo que hace en esos espacios.',
        'Suas propostas se refletem em políticas, orçamentos ou programas, e presta contas às integrantes do que faz nesses espaços.',
        'Its proposals show up in policies, budgets or programmes, and it reports back to its members on what it does in those bodies.',
      ),
    ),
    item(
      'government_engagement.health_services',
      t(
        'La organización tiene acuerdos de trabajo con los servicios públicos de salud para que atiendan a las trabajadoras sexuales sin discriminación.',
        'A organização tem acordos de trabalho com os serviços públicos de saúde para que atendam as trabalhadoras sexuais sem discriminação.',
        'The organization has working agreements with public health services so that they serve sex workers without discrimination.',
      ),
      t(
        'No hay relación con los servicios de salud, o la relación es de conflicto.',
        'Não há relação com os serviços de saúde, ou a relação é de conflito.',
        'There is no relationship with health services, or the relationship is one of conflict.',
      ),
      t(
        'Hay contactos personales con algún profesional de salud.',
        'Há contatos pessoais com algum profissional de saúde.',
        'There are personal contacts with a health worker or two.',
      ),
      t(
        'Hay acuerdos con al menos un servicio (referencias, horarios, capacitación del personal sobre derechos y necesidades de las trabajadoras sexuales).',
        'Há acordos com pelo menos um serviço (encaminhamentos, horários, capacitação da equipe sobre direitos e necessidades das trabalhadoras sexuais).',
        'There are agreements with at least one service (referrals, opening hours, staff training on sex workers’ rights and needs).',
      ),
      t(
        'Los acuerdos son formales y se evalúan; los servicios cuentan con la organización para capacitar a su personal y para el monitoreo comunitario de la calidad.',
        'Os acordos são formais e avaliados; os serviços contam com a organização para capacitar suas equipes e para o monitoramento comunitário da qualidade.',
        'Agreements are formal and evaluated; services rely on the organization to train their staff and for community monitoring of quality.',
      ),
    ),
    item(
      'government_engagement.police_justice',
      t(
        'La organización mantiene un diálogo con la policía y el sistema de justicia para prevenir la violencia y los abusos y responder a ellos.',
        'A organização mantém diálogo com a polícia e o sistema de justiça para prevenir a violência e os abusos e responder a eles.',
        'The organization keeps up a dialogue with the police and the justice system to prevent violence and abuse and respond to them.',
      ),
      t(
        'No hay ningún canal; la relación con la policía es solo de conflicto.',
        'Não há nenhum canal; a relação com a polícia é só de conflito.',
        'There is no channel at all; the relationship with the police is one of conflict only.',
      ),
      t(
        'Hay contactos puntuales para resolver casos urgentes.',
        'Há contatos pontuais para resolver casos urgentes.',
        'There are one-off contacts to sort out urgent cases.',
      ),
      t(
        'Hay un canal reconocido (punto focal, mesa de diálogo) y la organización ha capacitado a agentes sobre los derechos de las trabajadoras sexuales.',
        'Há um canal reconhecido (ponto focal, mesa de diálogo) e a organização capacitou agentes sobre os direitos das trabalhadoras sexuais.',
        'There is a recognized channel (focal point, dialogue table) and the organization has trained officers on sex workers’ rights.',
      ),
      t(
        'El diálogo produce cambios verificables (protocolos, sanciones, menos operativos abusivos) y se sostiene sin exponer a las integrantes.',
        'O diálogo produz mudanças verificáveis (protocolos, punições, menos operações abusivas) e se sustenta sem expor as integrantes.',
        'The dialogue brings verifiable change (protocols, sanctions, fewer abusive raids) and is sustained without exposing members.',
      ),
    ),
    item(
      'government_engagement.social_programmes',
      t(
        'La organización facilita que sus integrantes accedan a los programas sociales públicos (documentos de identidad, vivienda, educación, protección social).',
        'A organização facilita o acesso de suas integrantes aos programas sociais públicos (documentos, moradia, educação, proteção social).',
        'The organization helps its members access public social programmes (identity documents, housing, education, social protection).',
      ),
      t(
        'No conoce los programas sociales ni sus requisitos.',
        'Não conhece os programas sociais nem seus requisitos.',
        'It does not know the social programmes or their requirements.',
      ),
      t(
        'Orienta a integrantes de forma individual y ocasional.',
        'Orienta integrantes de forma individual e ocasional.',
        'It advises individual members now and then.',
      ),
      t(
        'Tiene información actualizada, acompaña solicitudes y tiene contactos en las instituciones.',
        'Tem informações atualizadas, acompanha solicitações e tem contatos nas instituições.',
        'It keeps up-to-date information, accompanies applications and has contacts in the institutions.',
      ),
      t(
        'Ha negociado que los programas eliminen barreras para las trabajadoras sexuales (requisitos de documentos, horarios, trato).',
        'Negociou para que os programas eliminem barreiras para as trabalhadoras sexuais (exigência de documentos, horários, tratamento).',
        'It has negotiated the removal of barriers for sex workers in these programmes (document requirements, opening hours, treatment).',
      ),
    ),
    item(
      'government_engagement.autonomy_and_safety',
      t(
        'La relación con el Estado preserva la autonomía de la organización y la seguridad de sus integrantes: no entrega datos personales y decide qué comparte.',
        'A relação com o Estado preserva a autonomia da organização e a segurança das integrantes: não entrega dados pessoais e decide o que compartilha.',
        'The relationship with the state protects the organization’s autonomy and its members’ safety: it hands over no personal data and decides what it shares.',
      ),
      t(
        'Entrega listas o datos personales cuando una autoridad los pide, o evita todo contacto por miedo.',
        'Entrega listas ou dados pessoais quando uma autoridade pede, ou evita qualquer contato por medo.',
        'It hands over lists or personal data when an authority asks, or avoids all contact out of fear.',
      ),
      t(
        'Es consciente de los riesgos, pero no tiene reglas sobre qué compartir.',
        'Tem consciência dos riscos, mas não tem regras sobre o que compartilhar.',
        'It is aware of the risks but has no rules on what to share.',
      ),
      t(
        'Tiene reglas escritas: solo comparte datos agregados, y los acuerdos con el Estado se deciden colectivamente.',
        'Tem regras escritas: só compartilha dados agregados, e os acordos com o Estado são decididos coletivamente.',
        'It has written rules: it shares only aggregate data, and agreements with the state are decided collectively.',
      ),
      t(
        'Negocia con el Estado desde una posición propia, mantiene su voz crítica y protege a sus integrantes aun bajo presión.',
        'Negocia com o Estado a partir de uma posição própria, mantém sua voz crítica e protege suas integrantes mesmo sob pressão.',
        'It negotiates with the state from its own position, keeps its critical voice and protects its members even under pressure.',
      ),
    ),
  ],
);

// ── 6. Engagement with NGOs (seed: «Compromiso con las organizaciones e instituciones no
// gubernamentales»): fair partnerships, leading rather than being a beneficiary, referrals, consortia.
const NGO_ENGAGEMENT = domain(
  'ngo_engagement',
  false,
  t(
    'Relación con ONG e instituciones',
    'Relação com ONGs e instituições',
    'Engagement with NGOs and institutions',
  ),
  t(
    'Alianzas justas con organizaciones no gubernamentales, agencias de cooperación e instituciones: protagonismo, referencias y proyectos conjuntos.',
    'Alianças justas com organizações não governamentais, agências de cooperação e instituições: protagonismo, encaminhamentos e projetos conjuntos.',
    'Fair partnerships with non-governmental organizations, cooperation agencies and institutions: leadership, referrals and joint projects.',
  ),
  [
    item(
      'ngo_engagement.fair_partnerships',
      t(
        'Las alianzas con ONG e instituciones se basan en acuerdos escritos y justos: roles, presupuesto y reconocimiento compartidos.',
        'As parcerias com ONGs e instituições se baseiam em acordos escritos e justos: papéis, orçamento e reconhecimento compartilhados.',
        'Partnerships with NGOs and institutions rest on fair written agreements: shared roles, budget and credit.',
      ),
      t(
        'Otras organizaciones usan el nombre de la organización o a sus integrantes sin acuerdo ni retribución.',
        'Outras organizações usam o nome da organização ou suas integrantes sem acordo nem retribuição.',
        'Other organizations use the organization’s name or its members without agreement or compensation.',
      ),
      t(
        'Hay colaboración, pero la ONG define los términos.',
        'Há colaboração, mas a ONG define os termos.',
        'There is collaboration, but the NGO sets the terms.',
      ),
      t(
        'Hay acuerdos escritos que definen roles, presupuesto y reconocimiento, y se cumplen.',
        'Há acordos escritos que definem papéis, orçamento e reconhecimento, e eles são cumpridos.',
        'Written agreements set out roles, budget and credit, and they are honoured.',
      ),
      t(
        'La organización negocia en pie de igualdad, rechaza alianzas que la instrumentalizan y evalúa cada alianza con sus socias.',
        'A organização negocia em pé de igualdade, recusa parcerias que a instrumentalizam e avalia cada parceria com suas parceiras.',
        'The organization negotiates as an equal, turns down partnerships that use it, and reviews each partnership with its partners.',
      ),
    ),
    item(
      'ngo_engagement.meaningful_participation',
      t(
        'Las ONG y las agencias reconocen a la organización como protagonista y no solo como beneficiaria («nada sobre nosotras sin nosotras»).',
        'As ONGs e as agências reconhecem a organização como protagonista e não apenas como beneficiária («nada sobre nós sem nós»).',
        'NGOs and agencies treat the organization as a protagonist, not merely a beneficiary (“nothing about us without us”).',
      ),
      t(
        'La invitan solo para traer participantes, o como beneficiaria.',
        'É convidada só para trazer participantes, ou como beneficiária.',
        'It is invited only to bring participants, or as a beneficiary.',
      ),
      t(
        'La consultan, pero sus aportes rara vez cambian las decisiones.',
        'É consultada, mas suas contribuições raramente mudam as decisões.',
        'It is consulted, but its input rarely changes decisions.',
      ),
      t(
        'Participa en el diseño y la ejecución de los proyectos conjuntos.',
        'Participa do desenho e da execução dos projetos conjuntos.',
        'It takes part in designing and running joint projects.',
      ),
      t(
        'Co-lidera proyectos y programas; las ONG socias le transfieren fondos y decisiones.',
        'Co-lidera projetos e programas; as ONGs parceiras lhe transferem recursos e decisões.',
        'It co-leads projects and programmes; partner NGOs hand funds and decisions over to it.',
      ),
    ),
    item(
      'ngo_engagement.referrals',
      t(
        'Existen acuerdos de referencia con organizaciones que prestan los servicios que la organización no ofrece (legales, psicológicos, refugio, salud).',
        'Existem acordos de encaminhamento com organizações que prestam os serviços que a organização não oferece (jurídicos, psicológicos, abrigo, saúde).',
        'There are referral agreements with organizations that provide the services the organization does not (legal, psychological, shelter, health).',
      ),
      t(
        'No hay a dónde referir, o se refiere sin saber si atienden bien a las trabajadoras sexuales.',
        'Não há para onde encaminhar, ou se encaminha sem saber se atendem bem as trabalhadoras sexuais.',
        'There is nowhere to refer to, or referrals are made without knowing whether sex workers will be treated well.',
      ),
      t(
        'Hay una lista de contactos, sin acuerdos ni seguimiento.',
        'Há uma lista de contatos, sem acordos nem acompanhamento.',
        'There is a contact list, with no agreements or follow-up.',
      ),
      t(
        'Hay acuerdos de referencia con organizaciones que respetan a las trabajadoras sexuales, y se da seguimiento a cada referencia.',
        'Há acordos de encaminhamento com organizações que respeitam as trabalhadoras sexuais, e cada encaminhamento é acompanhado.',
        'There are referral agreements with organizations that respect sex workers, and each referral is followed up.',
      ),
      t(
        'La red de referencia se evalúa con las usuarias, y la organización capacita a las organizaciones socias.',
        'A rede de encaminhamento é avaliada com as usuárias, e a organização capacita as organizações parceiras.',
        'The referral network is evaluated with the women who use it, and the organization trains its partner organizations.',
      ),
    ),
    item(
      'ngo_engagement.joint_projects',
      t(
        'La organización ejecuta proyectos en consorcio o como sub-receptora, cumple sus obligaciones y defiende su parte.',
        'A organização executa projetos em consórcio ou como sub-recebedora, cumpre suas obrigações e defende sua parte.',
        'The organization carries out projects in consortia or as a sub-recipient, meets its obligations and defends its share.',
      ),
      t(
        'No ha participado en proyectos conjuntos.',
        'Não participou de projetos conjuntos.',
        'It has not taken part in joint projects.',
      ),
      t(
        'Ha ejecutado actividades dentro de proyectos de otros, sin manejar presupuesto.',
        'Executou atividades dentro de projetos de outros, sem administrar orçamento.',
        'It has carried out activities within others’ projects, without managing any budget.',
      ),
      t(
        'Maneja su parte del presupuesto como sub-receptora y cumple los requisitos.',
        'Administra sua parte do orçamento como sub-recebedora e cumpre os requisitos.',
        'It manages its share of the budget as a sub-recipient and meets the requirements.',
      ),
      t(
        'Lidera consorcios o es receptora principal, y transfiere recursos y capacidades a grupos más pequeños.',
        'Lidera consórcios ou é recebedora principal, e transfere recursos e capacidades a grupos menores.',
        'It leads consortia or is the principal recipient, and passes resources and skills on to smaller groups.',
      ),
    ),
    item(
      'ngo_engagement.international_cooperation',
      t(
        'La organización se relaciona directamente con agencias de cooperación y organismos multilaterales (ONUSIDA, UNFPA, Fondo Mundial, fundaciones).',
        'A organização se relaciona diretamente com agências de cooperação e organismos multilaterais (UNAIDS, UNFPA, Fundo Global, fundações).',
        'The organization deals directly with cooperation agencies and multilateral bodies (UNAIDS, UNFPA, the Global Fund, foundations).',
      ),
      t(
        'No tiene contacto con la cooperación internacional.',
        'Não tem contato com a cooperação internacional.',
        'It has no contact with international cooperation.',
      ),
      t(
        'Tiene contacto solo a través de otras ONG o de la red.',
        'Tem contato apenas por meio de outras ONGs ou da rede.',
        'It has contact only through other NGOs or the network.',
      ),
      t(
        'Mantiene una relación directa y participa en sus consultas.',
        'Mantém uma relação direta e participa de suas consultas.',
        'It has a direct relationship and takes part in their consultations.',
      ),
      t(
        'Influye en las prioridades de la cooperación en su país y recibe apoyo directo.',
        'Influencia as prioridades da cooperação em seu país e recebe apoio direto.',
        'It influences cooperation priorities for its country and receives direct support.',
      ),
    ),
  ],
);

// ── Optional: financial management (OCA / Pact OPI).
const FINANCIAL_MANAGEMENT = domain(
  'financial_management',
  true,
  t('Gestión financiera', 'Gestão financeira', 'Financial management'),
  t(
    'Contabilidad, presupuestos, controles internos y auditorías que dan confianza a las integrantes y a los financiadores.',
    'Contabilidade, orçamentos, controles internos e auditorias que dão confiança às integrantes e aos financiadores.',
    'Accounting, budgets, internal controls and audits that give members and funders confidence.',
  ),
  [
    item(
      'financial_management.accounting',
      t(
        'La organización lleva una contabilidad ordenada, con comprobantes de cada ingreso y gasto.',
        'A organização mantém uma contabilidade organizada, com comprovantes de cada receita e despesa.',
        'The organization keeps orderly accounts, with receipts for every income and expense.',
      ),
      t(
        'No hay registros de ingresos y gastos.',
        'Não há registros de receitas e despesas.',
        'There is no record of income and expenses.',
      ),
      t(
        'Hay registros incompletos, o en cuadernos personales.',
        'Há registros incompletos, ou em cadernos pessoais.',
        'Records are incomplete, or kept in personal notebooks.',
      ),
      t(
        'La contabilidad está al día (con contadora o sistema) y los comprobantes se archivan.',
        'A contabilidade está em dia (com contadora ou sistema) e os comprovantes são arquivados.',
        'The accounts are up to date (with an accountant or a system) and receipts are filed.',
      ),
      t(
        'Hay contabilidad por proyecto y consolidada, conciliaciones bancarias mensuales y estados financieros anuales.',
        'Há contabilidade por projeto e consolidada, conciliações bancárias mensais e demonstrações financeiras anuais.',
        'Accounts are kept per project and overall, with monthly bank reconciliations and annual financial statements.',
      ),
    ),
    item(
      'financial_management.budgeting',
      t(
        'La organización prepara presupuestos y compara periódicamente lo gastado con lo previsto.',
        'A organização prepara orçamentos e compara periodicamente o gasto com o previsto.',
        'The organization prepares budgets and regularly compares spending with what was planned.',
      ),
      t(
        'No hay presupuesto; se gasta según lo que hay.',
        'Não há orçamento; gasta-se conforme o que há.',
        'There is no budget; money is spent as it comes.',
      ),
      t(
        'Hay presupuesto por proyecto, hecho para el financiador, y no se le da seguimiento.',
        'Há orçamento por projeto, feito para o financiador, e ele não é acompanhado.',
        'There are project budgets, made for the funder, that nobody follows up.',
      ),
      t(
        'La junta revisa cada trimestre la ejecución presupuestaria y corrige desviaciones.',
        'A diretoria revisa a cada trimestre a execução orçamentária e corrige desvios.',
        'The board reviews budget execution every quarter and corrects deviations.',
      ),
      t(
        'Hay un presupuesto anual de toda la organización, que incluye los costos básicos y una reserva, elaborado con el equipo.',
        'Há um orçamento anual de toda a organização, que inclui os custos básicos e uma reserva, elaborado com a equipe.',
        'There is an annual budget for the whole organization, covering core costs and a reserve, drawn up with the team.',
      ),
    ),
    item(
      'financial_management.internal_controls',
      t(
        'Hay controles internos: cuenta bancaria a nombre de la organización, dos firmas, separación de funciones y reglas de compra.',
        'Há controles internos: conta bancária em nome da organização, duas assinaturas, separação de funções e regras de compra.',
        'Internal controls are in place: a bank account in the organization’s name, two signatures, separation of duties and purchasing rules.',
      ),
      t(
        'El dinero se maneja en efectivo o en cuentas personales.',
        'O dinheiro é administrado em espécie ou em contas pessoais.',
        'Money is handled in cash or in personal accounts.',
      ),
      t(
        'Hay cuenta de la organización, pero una sola persona autoriza, paga y registra.',
        'Há conta da organização, mas uma só pessoa autoriza, paga e registra.',
        'There is an organizational account, but one person authorizes, pays and records everything.',
      ),
      t(
        'Se exigen dos firmas, las funciones están separadas y hay reglas escritas de compras y viáticos.',
        'Exigem-se duas assinaturas, as funções são separadas e há regras escritas de compras e diárias.',
        'Two signatures are required, duties are separated and there are written rules for purchases and travel costs.',
      ),
      t(
        'Los controles se revisan periódicamente y los conoce todo el equipo; los errores se detectan y se corrigen a tiempo.',
        'Os controles são revistos periodicamente e toda a equipe os conhece; os erros são detectados e corrigidos a tempo.',
        'Controls are reviewed regularly and the whole team knows them; mistakes are caught and corrected in time.',
      ),
    ),
    item(
      'financial_management.audit_transparency',
      t(
        'La organización se somete a auditorías o revisiones externas y presenta sus finanzas a la asamblea.',
        'A organização passa por auditorias ou revisões externas e apresenta suas finanças à assembleia.',
        'The organization undergoes external audits or reviews and presents its finances to the assembly.',
      ),
      t(
        'Nunca ha tenido una auditoría ni ha presentado sus finanzas.',
        'Nunca teve auditoria nem apresentou suas finanças.',
        'It has never been audited nor presented its finances.',
      ),
      t(
        'Ha tenido auditorías de proyecto cuando el financiador las exigió.',
        'Teve auditorias de projeto quando o financiador exigiu.',
        'It has had project audits when the funder required them.',
      ),
      t(
        'Tiene una auditoría o revisión externa anual y presenta los resultados a la asamblea.',
        'Tem uma auditoria ou revisão externa anual e apresenta os resultados à assembleia.',
        'It has an annual external audit or review and presents the results to the assembly.',
      ),
      t(
        'Las auditorías no tienen observaciones importantes, las recomendaciones se cumplen y los estados financieros son públicos para las integrantes.',
        'As auditorias não têm ressalvas importantes, as recomendações são cumpridas e as demonstrações financeiras são públicas para as integrantes.',
        'Audits raise no major findings, recommendations are acted on, and financial statements are open to members.',
      ),
    ),
  ],
);

// ── Optional: human resources (DOMAIN §5: fair pay for promotoras, staff safety).
const HUMAN_RESOURCES = domain(
  'human_resources',
  true,
  t('Recursos humanos', 'Recursos humanos', 'Human resources'),
  t(
    'Pago justo para las promotoras y el personal, funciones claras, seguridad en el trabajo de campo, formación y cuidado del equipo.',
    'Remuneração justa para as promotoras e a equipe, funções claras, segurança no trabalho de campo, formação e cuidado da equipe.',
    'Fair pay for promotoras and staff, clear roles, safety in fieldwork, training and care for the team.',
  ),
  [
    item(
      'human_resources.fair_pay',
      t(
        'Las promotoras y el personal reciben una remuneración justa y puntual por su trabajo, no solo incentivos.',
        'As promotoras e a equipe recebem remuneração justa e pontual pelo seu trabalho, não apenas incentivos.',
        'Promotoras (peer outreach workers) and staff receive fair, timely pay for their work, not just incentives.',
      ),
      t(
        'Las promotoras trabajan sin pago, o con incentivos simbólicos e irregulares.',
        'As promotoras trabalham sem pagamento, ou com incentivos simbólicos e irregulares.',
        'Promotoras work unpaid, or for token, irregular incentives.',
      ),
      t(
        'Reciben un pago, pero por debajo del salario mínimo por el tiempo trabajado, o con retrasos.',
        'Recebem pagamento, mas abaixo do salário mínimo pelo tempo trabalhado, ou com atrasos.',
        'They are paid, but below the minimum wage for the time worked, or late.',
      ),
      t(
        'Hay una escala de pagos escrita, al menos equivalente al salario mínimo por el tiempo trabajado, y se paga a tiempo.',
        'Há uma tabela de remuneração escrita, pelo menos equivalente ao salário mínimo pelo tempo trabalhado, paga em dia.',
        'There is a written pay scale, at least equal to the minimum wage for the time worked, paid on time.',
      ),
      t(
        'La remuneración es comparable a la del personal de otras ONG, incluye seguridad social cuando es posible y se presupuesta en cada proyecto.',
        'A remuneração é comparável à das equipes de outras ONGs, inclui seguridade social quando possível e é orçada em cada projeto.',
        'Pay is comparable with other NGOs’ staff, includes social security where possible, and is budgeted in every project.',
      ),
    ),
    item(
      'human_resources.roles_agreements',
      t(
        'Cada persona del equipo tiene funciones claras y un acuerdo escrito (contrato o acuerdo de voluntariado).',
        'Cada pessoa da equipe tem funções claras e um acordo escrito (contrato ou termo de voluntariado).',
        'Everyone on the team has clear duties and a written agreement (employment contract or volunteer agreement).',
      ),
      t(
        'Nadie tiene funciones definidas; todas hacen de todo.',
        'Ninguém tem funções definidas; todas fazem de tudo.',
        'Nobody has defined duties; everyone does everything.',
      ),
      t(
        'Algunas personas tienen funciones descritas, sin acuerdo escrito.',
        'Algumas pessoas têm funções descritas, sem acordo escrito.',
        'Some people have written duties, but no written agreement.',
      ),
      t(
        'Todo el equipo tiene descripción de funciones y acuerdo escrito, y hay un reglamento interno.',
        'Toda a equipe tem descrição de funções e acordo escrito, e há um regimento interno.',
        'The whole team has job descriptions and written agreements, and there are staff rules.',
      ),
      t(
        'Las funciones se revisan con cada persona, hay evaluaciones de desempeño justas y procedimientos claros para quejas y despidos.',
        'As funções são revistas com cada pessoa, há avaliações de desempenho justas e procedimentos claros para reclamações e desligamentos.',
        'Duties are reviewed with each person, performance reviews are fair, and there are clear procedures for grievances and dismissals.',
      ),
    ),
    item(
      'human_resources.field_safety',
      t(
        'La organización protege la seguridad de las promotoras y del personal en el trabajo de campo (protocolos, acompañamiento, respuesta a incidentes).',
        'A organização protege a segurança das promotoras e da equipe no trabalho de campo (protocolos, acompanhamento, resposta a incidentes).',
        'The organization protects promotoras and staff in fieldwork (protocols, working in pairs, incident response).',
      ),
      t(
        'No se habla de seguridad; cada una se cuida como puede.',
        'Não se fala de segurança; cada uma se cuida como pode.',
        'Safety is never discussed; everyone looks after herself as best she can.',
      ),
      t(
        'Hay acuerdos informales (avisar al salir, no ir sola), sin protocolo escrito.',
        'Há combinados informais (avisar ao sair, não ir sozinha), sem protocolo escrito.',
        'There are informal habits (tell someone when you go out, don’t go alone), but no written protocol.',
      ),
      t(
        'Hay un protocolo escrito de seguridad en campo (rutas, parejas, contactos de emergencia, qué hacer ante la policía) y se registran los incidentes.',
        'Há um protocolo escrito de segurança em campo (rotas, duplas, contatos de emergência, o que fazer diante da polícia) e os incidentes são registrados.',
        'There is a written fieldwork safety protocol (routes, pairs, emergency contacts, what to do when police stop you) and incidents are recorded.',
      ),
      t(
        'El protocolo se practica y se revisa después de cada incidente; la organización cubre los costos de seguridad (transporte, teléfono, apoyo legal).',
        'O protocolo é praticado e revisto após cada incidente; a organização cobre os custos de segurança (transporte, telefone, apoio jurídico).',
        'The protocol is practised and reviewed after every incident; the organization covers safety costs (transport, phone credit, legal support).',
      ),
    ),
    item(
      'human_resources.training_growth',
      t(
        'Las promotoras y el personal reciben formación continua y pueden crecer dentro de la organización.',
        'As promotoras e a equipe recebem formação contínua e podem crescer dentro da organização.',
        'Promotoras and staff receive ongoing training and can grow within the organization.',
      ),
      t(
        'No hay formación para el equipo.',
        'Não há formação para a equipe.',
        'There is no training for the team.',
      ),
      t(
        'Hay capacitaciones ocasionales cuando un proyecto las incluye.',
        'Há capacitações ocasionais quando um projeto as inclui.',
        'There is occasional training when a project includes it.',
      ),
      t(
        'Hay un plan de formación según las funciones, y las promotoras con experiencia forman a las nuevas.',
        'Há um plano de formação conforme as funções, e as promotoras experientes formam as novas.',
        'There is a training plan by role, and experienced promotoras train new ones.',
      ),
      t(
        'Las integrantes pasan de promotoras a coordinadoras o a otros cargos; la formación se certifica y se valora fuera de la organización.',
        'As integrantes passam de promotoras a coordenadoras ou a outros cargos; a formação é certificada e valorizada fora da organização.',
        'Members move from promotora to coordinator and other roles; training is certified and recognized outside the organization.',
      ),
    ),
    item(
      'human_resources.care_wellbeing',
      t(
        'La organización cuida el bienestar de su equipo: carga de trabajo razonable, apoyo emocional y prevención del agotamiento.',
        'A organização cuida do bem-estar da equipe: carga de trabalho razoável, apoio emocional e prevenção do esgotamento.',
        'The organization looks after its team’s wellbeing: reasonable workloads, emotional support and burnout prevention.',
      ),
      t(
        'No se reconoce el desgaste; el trabajo depende del sacrificio personal.',
        'O desgaste não é reconhecido; o trabalho depende do sacrifício pessoal.',
        'Strain goes unrecognized; the work depends on personal sacrifice.',
      ),
      t(
        'Se habla del desgaste, pero no hay medidas.',
        'Fala-se do desgaste, mas não há medidas.',
        'Strain is talked about, but nothing is done.',
      ),
      t(
        'Hay medidas concretas: espacios de contención, días de descanso, apoyo psicológico después de casos difíciles.',
        'Há medidas concretas: espaços de acolhimento, dias de descanso, apoio psicológico após casos difíceis.',
        'There are concrete measures: debriefing spaces, rest days, psychological support after difficult cases.',
      ),
      t(
        'El cuidado colectivo forma parte de la cultura y del presupuesto de la organización.',
        'O cuidado coletivo faz parte da cultura e do orçamento da organização.',
        'Collective care is part of the organization’s culture and budget.',
      ),
    ),
  ],
);

// ── Optional: advocacy and influence (the deck: sex workers in policy decisions, recognition of sex
// work, marches and assemblies within what the legal context allows).
const ADVOCACY = domain(
  'advocacy',
  true,
  t('Incidencia e influencia', 'Incidência e influência', 'Advocacy and influence'),
  t(
    'Una agenda propia, sustentada en evidencia, que moviliza a la comunidad y logra cambios en leyes, políticas y prácticas.',
    'Uma agenda própria, sustentada em evidências, que mobiliza a comunidade e conquista mudanças em leis, políticas e práticas.',
    'Its own agenda, backed by evidence, that mobilizes the community and wins changes in laws, policies and practices.',
  ),
  [
    item(
      'advocacy.own_agenda',
      t(
        'La organización tiene una agenda de incidencia propia, con prioridades acordadas con sus integrantes (por ejemplo, el reconocimiento del trabajo sexual o el fin de la violencia policial).',
        'A organização tem uma agenda de incidência própria, com prioridades acordadas com suas integrantes (por exemplo, o reconhecimento do trabalho sexual ou o fim da violência policial).',
        'The organization has its own advocacy agenda, with priorities agreed with its members (recognition of sex work or an end to police violence, for example).',
      ),
      t(
        'No hay agenda; se reacciona a lo que ocurre.',
        'Não há agenda; reage-se ao que acontece.',
        'There is no agenda; it reacts to events.',
      ),
      t(
        'Hay demandas generales, sin prioridades ni plan.',
        'Há demandas gerais, sem prioridades nem plano.',
        'There are general demands, with no priorities or plan.',
      ),
      t(
        'Hay una agenda escrita con prioridades, destinatarios y un plan de incidencia.',
        'Há uma agenda escrita com prioridades, públicos-alvo e um plano de incidência.',
        'There is a written agenda with priorities, targets and an advocacy plan.',
      ),
      t(
        'La agenda se revisa con las bases y se coordina con la red y las aliadas para tener más fuerza.',
        'A agenda é revista com as bases e coordenada com a rede e as aliadas para ganhar mais força.',
        'The agenda is reviewed with the grassroots and coordinated with the network and allies for greater strength.',
      ),
    ),
    item(
      'advocacy.evidence',
      t(
        'La organización sustenta sus demandas con evidencia propia (datos agregados de casos, encuestas, testimonios con consentimiento).',
        'A organização sustenta suas demandas com evidências próprias (dados agregados de casos, pesquisas, depoimentos com consentimento).',
        'The organization backs its demands with its own evidence (aggregate case data, surveys, testimony given with consent).',
      ),
      t(
        'Las demandas no se apoyan en datos.',
        'As demandas não se apoiam em dados.',
        'Demands are not backed by data.',
      ),
      t(
        'Usa datos de otros, o testimonios sin reglas de consentimiento.',
        'Usa dados de outros, ou depoimentos sem regras de consentimento.',
        'It uses other people’s data, or testimony with no consent rules.',
      ),
      t(
        'Produce informes con sus propios datos agregados y testimonios consentidos y anonimizados.',
        'Produz relatórios com seus próprios dados agregados e depoimentos consentidos e anonimizados.',
        'It produces reports from its own aggregate data and consented, anonymized testimony.',
      ),
      t(
        'Sus informes son citados por autoridades, medios u organismos de derechos humanos, sin haber expuesto nunca a ninguna integrante.',
        'Seus relatórios são citados por autoridades, mídia ou organismos de direitos humanos, sem nunca ter exposto nenhuma integrante.',
        'Its reports are cited by authorities, media or human-rights bodies, without ever having exposed a member.',
      ),
    ),
    item(
      'advocacy.mobilization',
      t(
        'La organización moviliza a sus integrantes y aliadas en acciones públicas (marchas, plantones, asambleas) dentro de lo que el contexto legal permite con seguridad.',
        'A organização mobiliza suas integrantes e aliadas em ações públicas (marchas, atos, assembleias) dentro do que o contexto legal permite com segurança.',
        'The organization mobilizes its members and allies in public action (marches, sit-ins, assemblies) as far as the legal context safely allows.',
      ),
      t('No realiza acciones públicas.', 'Não realiza ações públicas.', 'It holds no public actions.'),
      t(
        'Participa en acciones convocadas por otros.',
        'Participa de ações convocadas por outros.',
        'It joins actions called by others.',
      ),
      t(
        'Convoca sus propias acciones con un plan de seguridad y reglas sobre imágenes.',
        'Convoca suas próprias ações com um plano de segurança e regras sobre imagens.',
        'It calls its own actions, with a safety plan and rules on images.',
      ),
      t(
        'Sus movilizaciones reúnen a muchas compañeras y aliadas, tienen objetivos claros y logran respuestas de las autoridades.',
        'Suas mobilizações reúnem muitas companheiras e aliadas, têm objetivos claros e conseguem respostas das autoridades.',
        'Its mobilizations bring together many sex workers and allies, have clear aims and get responses from the authorities.',
      ),
    ),
    item(
      'advocacy.results',
      t(
        'La organización da seguimiento a sus demandas y puede mostrar los cambios logrados en leyes, políticas o prácticas.',
        'A organização acompanha suas demandas e pode mostrar as mudanças conquistadas em leis, políticas ou práticas.',
        'The organization follows up its demands and can show changes won in laws, policies or practices.',
      ),
      t(
        'No sabe qué pasó con sus demandas.',
        'Não sabe o que aconteceu com suas demandas.',
        'It does not know what became of its demands.',
      ),
      t(
        'Recuerda algunos logros, sin registrarlos.',
        'Lembra de algumas conquistas, sem registrá-las.',
        'It remembers some wins, without recording them.',
      ),
      t(
        'Registra sus demandas, las respuestas obtenidas y los cambios logrados.',
        'Registra suas demandas, as respostas obtidas e as mudanças conquistadas.',
        'It records its demands, the responses obtained and the changes won.',
      ),
      t(
        'Vigila que los cambios logrados se cumplan en la práctica y los comunica a sus integrantes y financiadores.',
        'Monitora se as mudanças conquistadas são cumpridas na prática e as comunica às integrantes e aos financiadores.',
        'It monitors whether the changes won are applied in practice and reports them to members and funders.',
      ),
    ),
  ],
);

// ── Optional: community-led services (the deck: community-led prevention, safe community spaces,
// coverage through peer outreach and micro-planning).
const COMMUNITY_SERVICES = domain(
  'community_services',
  true,
  t('Servicios dirigidos por la comunidad', 'Serviços liderados pela comunidade', 'Community-led services'),
  t(
    'Alcance por promotoras con microplanificación, espacios seguros, servicios de calidad y la opinión de las usuarias.',
    'Abordagem por promotoras com microplanejamento, espaços seguros, serviços de qualidade e a opinião das usuárias.',
    'Peer outreach with micro-planning, safe spaces, good-quality services and the views of the people who use them.',
  ),
  [
    item(
      'community_services.peer_outreach',
      t(
        'Las promotoras llegan a las trabajadoras sexuales donde trabajan, con una microplanificación que asegura cobertura y seguimiento.',
        'As promotoras chegam às trabalhadoras sexuais onde elas trabalham, com um microplanejamento que garante cobertura e acompanhamento.',
        'Promotoras reach sex workers where they work, with micro-planning that ensures coverage and follow-up.',
      ),
      t(
        'El alcance es ocasional y depende de cada promotora.',
        'A abordagem é ocasional e depende de cada promotora.',
        'Outreach is occasional and depends on each promotora.',
      ),
      t(
        'Hay visitas regulares, pero sin mapa de sitios ni metas.',
        'Há visitas regulares, mas sem mapa de locais nem metas.',
        'Visits are regular, but there is no site map or targets.',
      ),
      t(
        'Cada promotora tiene sus sitios y su lista de contactos, con metas de cobertura que se revisan cada mes.',
        'Cada promotora tem seus locais e sua lista de contatos, com metas de cobertura revistas todo mês.',
        'Each promotora has her sites and caseload, with coverage targets reviewed every month.',
      ),
      t(
        'La microplanificación se ajusta con los datos (nuevas zonas, trabajo en línea, movilidad) y alcanza a las que están más lejos de los servicios.',
        'O microplanejamento é ajustado com os dados (novas áreas, trabalho online, mobilidade) e alcança as que estão mais longe dos serviços.',
        'Micro-planning is adjusted with the data (new areas, online work, mobility) and reaches those furthest from services.',
      ),
    ),
    item(
      'community_services.safe_spaces',
      t(
        'La organización ofrece espacios comunitarios seguros donde las trabajadoras sexuales pueden descansar, informarse y organizarse.',
        'A organização oferece espaços comunitários seguros onde as trabalhadoras sexuais podem descansar, se informar e se organizar.',
        'The organization offers safe community spaces where sex workers can rest, get information and organize.',
      ),
      t(
        'No hay un espacio propio ni prestado.',
        'Não há espaço próprio nem emprestado.',
        'There is no space, owned or borrowed.',
      ),
      t(
        'Hay un espacio ocasional, sin reglas de seguridad ni confidencialidad.',
        'Há um espaço ocasional, sem regras de segurança nem de confidencialidade.',
        'There is an occasional space, with no safety or confidentiality rules.',
      ),
      t(
        'Hay un espacio con horarios regulares, reglas de convivencia y de confidencialidad.',
        'Há um espaço com horários regulares, regras de convivência e de confidencialidade.',
        'There is a space with regular hours, house rules and confidentiality rules.',
      ),
      t(
        'El espacio lo gestionan las propias trabajadoras sexuales, es accesible para trans y migrantes y se usa para servicios, formación y organización.',
        'O espaço é gerido pelas próprias trabalhadoras sexuais, é acessível a trans e migrantes e é usado para serviços, formação e organização.',
        'The space is run by sex workers themselves, is accessible to trans and migrant sex workers, and is used for services, training and organizing.',
      ),
    ),
    item(
      'community_services.quality',
      t(
        'Los servicios comunitarios (condones y lubricantes, pruebas, acompañamiento) siguen estándares de calidad y de confidencialidad.',
        'Os serviços comunitários (preservativos e lubrificantes, testagem, acompanhamento) seguem padrões de qualidade e de confidencialidade.',
        'Community services (condoms and lubricant, testing, accompaniment) follow quality and confidentiality standards.',
      ),
      t(
        'No hay estándares; cada persona hace a su manera.',
        'Não há padrões; cada pessoa faz do seu jeito.',
        'There are no standards; everyone does things her own way.',
      ),
      t(
        'Hay orientaciones, pero no se verifican.',
        'Há orientações, mas elas não são verificadas.',
        'There is guidance, but it is not checked.',
      ),
      t(
        'Hay procedimientos escritos, el equipo está capacitado y la coordinación supervisa su cumplimiento.',
        'Há procedimentos escritos, a equipe está capacitada e a coordenação supervisiona o cumprimento.',
        'There are written procedures, the team is trained and coordinators check that they are followed.',
      ),
      t(
        'La calidad se mide (existencias sin quiebres, referencias completadas, confidencialidad) y se mejora de forma continua.',
        'A qualidade é medida (estoques sem falta, encaminhamentos concluídos, confidencialidade) e melhorada continuamente.',
        'Quality is measured (no stock-outs, referrals completed, confidentiality kept) and continuously improved.',
      ),
    ),
    item(
      'community_services.user_feedback',
      t(
        'Las usuarias evalúan los servicios y sus opiniones producen cambios.',
        'As usuárias avaliam os serviços e suas opiniões produzem mudanças.',
        'The women who use the services evaluate them, and their views bring change.',
      ),
      t(
        'No se pide la opinión de las usuarias.',
        'Não se pede a opinião das usuárias.',
        'Users are not asked for their views.',
      ),
      t(
        'Se recogen opiniones de vez en cuando, sin usarlas.',
        'Opiniões são coletadas de vez em quando, sem serem usadas.',
        'Views are collected now and then but not used.',
      ),
      t(
        'Hay un mecanismo regular y anónimo de opinión y quejas, y la organización responde a lo que recibe.',
        'Há um mecanismo regular e anônimo de opinião e reclamações, e a organização responde ao que recebe.',
        'There is a regular, anonymous feedback and complaints channel, and the organization responds to what comes in.',
      ),
      t(
        'Las usuarias participan en decidir cómo mejorar los servicios, y la organización informa qué cambió gracias a sus opiniones.',
        'As usuárias participam da decisão sobre como melhorar os serviços, e a organização informa o que mudou graças às opiniões.',
        'Users help decide how to improve the services, and the organization reports back on what changed thanks to their views.',
      ),
    ),
  ],
);

// ── Optional: safety, security and data protection (the deck: respect for confidentiality and data
// protection; DOMAIN §6: the data protection laws of the nine countries).
const SAFETY_DATA_PROTECTION = domain(
  'safety_data_protection',
  true,
  t(
    'Seguridad y protección de datos',
    'Segurança e proteção de dados',
    'Safety, security and data protection',
  ),
  t(
    'Proteger a las personas, el local y la información: plan de seguridad, datos mínimos con consentimiento, acceso controlado y respuesta a incidentes.',
    'Proteger as pessoas, o espaço e as informações: plano de segurança, dados mínimos com consentimento, acesso controlado e resposta a incidentes.',
    'Protecting people, premises and information: a security plan, minimal data with consent, controlled access and incident response.',
  ),
  [
    item(
      'safety_data_protection.security_plan',
      t(
        'La organización tiene un plan de seguridad (riesgos, medidas, contactos de emergencia) que protege a las integrantes, las promotoras y el local.',
        'A organização tem um plano de segurança (riscos, medidas, contatos de emergência) que protege as integrantes, as promotoras e o espaço.',
        'The organization has a security plan (risks, measures, emergency contacts) that protects members, promotoras and the premises.',
      ),
      t(
        'No hay plan; los riesgos se enfrentan cuando ocurren.',
        'Não há plano; os riscos são enfrentados quando acontecem.',
        'There is no plan; risks are dealt with when they happen.',
      ),
      t(
        'Se conocen los riesgos principales, pero las medidas no están escritas.',
        'Os principais riscos são conhecidos, mas as medidas não estão escritas.',
        'The main risks are known, but measures are not written down.',
      ),
      t(
        'Hay un plan escrito, conocido por el equipo, con responsables y contactos de emergencia (abogada, aliadas).',
        'Há um plano escrito, conhecido pela equipe, com responsáveis e contatos de emergência (advogada, aliadas).',
        'There is a written plan the team knows, with people in charge and emergency contacts (a lawyer, allies).',
      ),
      t(
        'El plan se revisa cuando cambia el contexto (operativos, elecciones, amenazas) y se practica.',
        'O plano é revisto quando o contexto muda (operações, eleições, ameaças) e é praticado.',
        'The plan is revised when the context changes (raids, elections, threats) and is practised.',
      ),
    ),
    item(
      'safety_data_protection.data_minimisation',
      t(
        'La organización recoge solo los datos personales que necesita, con consentimiento informado, y usa códigos en lugar de nombres.',
        'A organização coleta apenas os dados pessoais de que precisa, com consentimento informado, e usa códigos em vez de nomes.',
        'The organization collects only the personal data it needs, with informed consent, and uses codes instead of names.',
      ),
      t(
        'Se anotan nombres, teléfonos y datos de salud en listas sin protección.',
        'Anotam-se nomes, telefones e dados de saúde em listas sem proteção.',
        'Names, phone numbers and health information are written down in unprotected lists.',
      ),
      t(
        'Se reconoce el riesgo, pero se siguen pidiendo más datos de los necesarios, o sin consentimiento.',
        'O risco é reconhecido, mas continuam sendo pedidos mais dados do que o necessário, ou sem consentimento.',
        'The risk is recognized, but more data than needed is still collected, or without consent.',
      ),
      t(
        'Se usan códigos únicos en lugar de nombres, se pide consentimiento informado y se sabe qué dato se recoge y para qué.',
        'Usam-se códigos únicos em vez de nomes, pede-se consentimento informado e sabe-se qual dado se coleta e para quê.',
        'Unique codes replace names, informed consent is asked for, and it is known which data is collected and why.',
      ),
      t(
        'Hay reglas de conservación y eliminación; las personas pueden consultar, corregir o retirar sus datos, y solo se comparten cifras agregadas.',
        'Há regras de guarda e eliminação; as pessoas podem consultar, corrigir ou retirar seus dados, e só se compartilham números agregados.',
        'There are retention and deletion rules; people can see, correct or withdraw their data, and only aggregate figures are shared.',
      ),
    ),
    item(
      'safety_data_protection.access_control',
      t(
        'Los registros, en papel y digitales, están protegidos: acceso según la función, contraseñas y segundo factor, archivos cifrados y bajo llave.',
        'Os registros, em papel e digitais, estão protegidos: acesso conforme a função, senhas e segundo fator, arquivos criptografados e trancados.',
        'Records, on paper and digital, are protected: access by role, passwords and a second factor, encrypted files and locked cabinets.',
      ),
      t(
        'Cualquiera puede ver los registros; se comparten por chats o memorias USB.',
        'Qualquer pessoa pode ver os registros; eles são compartilhados por aplicativos de mensagem ou pen drives.',
        'Anyone can see the records; they are passed around by chat apps or USB sticks.',
      ),
      t(
        'Hay contraseñas, pero se comparten, y los papeles no se guardan bajo llave.',
        'Há senhas, mas são compartilhadas, e os papéis não ficam trancados.',
        'There are passwords, but they are shared, and paper records are not locked away.',
      ),
      t(
        'Cada persona tiene su cuenta y ve solo lo que su función requiere; los dispositivos tienen bloqueo y los papeles se guardan bajo llave.',
        'Cada pessoa tem sua conta e vê só o que sua função exige; os dispositivos têm bloqueio e os papéis ficam trancados.',
        'Each person has her own account and sees only what her role needs; devices are locked and paper records are kept under lock and key.',
      ),
      t(
        'Todo el equipo usa segundo factor, los accesos se revisan y se retiran al salir una persona, y se sabe quién consultó cada registro.',
        'Toda a equipe usa segundo fator, os acessos são revistos e retirados quando alguém sai, e sabe-se quem consultou cada registro.',
        'The whole team uses a second factor, access is reviewed and removed when someone leaves, and it is known who viewed each record.',
      ),
    ),
    item(
      'safety_data_protection.incident_response',
      t(
        'La organización sabe qué hacer ante un incidente (robo de un teléfono o computadora, filtración, allanamiento, amenaza) y lo ha practicado.',
        'A organização sabe o que fazer diante de um incidente (roubo de celular ou computador, vazamento, invasão policial, ameaça) e já praticou.',
        'The organization knows what to do after an incident (a stolen phone or computer, a leak, a police raid, a threat) and has practised it.',
      ),
      t(
        'No se ha pensado qué hacer; un incidente paraliza a la organización.',
        'Nunca se pensou no que fazer; um incidente paralisa a organização.',
        'Nobody has thought about it; an incident would paralyse the organization.',
      ),
      t(
        'Se sabe a quién llamar, pero no hay pasos escritos.',
        'Sabe-se para quem ligar, mas não há passos escritos.',
        'People know whom to call, but there are no written steps.',
      ),
      t(
        'Hay pasos escritos (cerrar sesiones, cambiar contraseñas, avisar a las afectadas, apoyo legal) y copias de seguridad cifradas.',
        'Há passos escritos (encerrar sessões, trocar senhas, avisar as afetadas, apoio jurídico) e cópias de segurança criptografadas.',
        'There are written steps (sign out devices, change passwords, warn those affected, get legal support) and encrypted backups.',
      ),
      t(
        'Los pasos se han practicado; después de cada incidente se analiza qué falló y se mejora.',
        'Os passos foram praticados; após cada incidente analisa-se o que falhou e melhora-se.',
        'The steps have been rehearsed; after each incident the organization looks at what failed and improves.',
      ),
    ),
    item(
      'safety_data_protection.legal_compliance',
      t(
        'La organización conoce y cumple la ley de protección de datos de su país y respeta los derechos de las personas sobre sus datos.',
        'A organização conhece e cumpre a lei de proteção de dados de seu país e respeita os direitos das pessoas sobre seus dados.',
        'The organization knows and complies with its country’s data protection law and respects people’s rights over their data.',
      ),
      t(
        'No conoce la ley de protección de datos.',
        'Não conhece a lei de proteção de dados.',
        'It does not know the data protection law.',
      ),
      t(
        'Sabe que existe, pero no sabe qué le exige.',
        'Sabe que existe, mas não sabe o que ela exige.',
        'It knows the law exists but not what it requires.',
      ),
      t(
        'Tiene una política de privacidad y una persona responsable, y cumple lo básico (consentimiento, finalidad, seguridad).',
        'Tem uma política de privacidade e uma pessoa responsável, e cumpre o básico (consentimento, finalidade, segurança).',
        'It has a privacy policy and a person in charge, and meets the basics (consent, purpose, security).',
      ),
      t(
        'Revisa su cumplimiento cada año, responde a tiempo las solicitudes de las personas y exige lo mismo a sus socias y proveedores.',
        'Revisa seu cumprimento todo ano, responde no prazo as solicitações das pessoas e exige o mesmo de parceiras e fornecedores.',
        'It reviews compliance every year, answers people’s requests on time, and requires the same of its partners and suppliers.',
      ),
    ),
  ],
);

// ── Optional: human-rights documentation and response (DOMAIN §4: REAct, HURIDOCS; the deck: train
// legal defenders to document and respond to human-rights violations).
const HR_DOCUMENTATION = domain(
  'hr_documentation',
  true,
  t(
    'Documentación y respuesta a violaciones de derechos humanos',
    'Documentação e resposta a violações de direitos humanos',
    'Human-rights documentation and response',
  ),
  t(
    'Registrar las violaciones con consentimiento y confidencialidad, responder a las víctimas y usar los datos agregados para exigir cambios.',
    'Registrar as violações com consentimento e confidencialidade, responder às vítimas e usar os dados agregados para exigir mudanças.',
    'Recording violations with consent and confidentiality, responding to survivors, and using aggregate data to demand change.',
  ),
  [
    item(
      'hr_documentation.documentation_system',
      t(
        'La organización documenta las violaciones de derechos humanos de forma sistemática, con consentimiento y confidencialidad (por ejemplo, con la metodología REAct).',
        'A organização documenta as violações de direitos humanos de forma sistemática, com consentimento e confidencialidade (por exemplo, com a metodologia REAct).',
        'The organization documents human-rights violations systematically, with consent and confidentiality (using the REAct approach, for example).',
      ),
      t(
        'Los casos no se registran, o se recuerdan de palabra.',
        'Os casos não são registrados, ou são lembrados de boca.',
        'Cases are not recorded, or are only remembered.',
      ),
      t(
        'Se registran algunos casos en cuadernos o mensajes, sin formato común ni consentimiento.',
        'Alguns casos são registrados em cadernos ou mensagens, sem formato comum nem consentimento.',
        'Some cases are written down in notebooks or messages, with no common format and no consent.',
      ),
      t(
        'Los casos se registran con un formato común (hechos, responsables, respuesta) y consentimiento, en un sistema protegido.',
        'Os casos são registrados com um formato comum (fatos, responsáveis, resposta) e consentimento, em um sistema protegido.',
        'Cases are recorded in a common format (what happened, who was responsible, the response) with consent, in a protected system.',
      ),
      t(
        'La documentación es completa y de calidad, se revisa periódicamente y permite comparar periodos y territorios.',
        'A documentação é completa e de qualidade, é revista periodicamente e permite comparar períodos e territórios.',
        'Documentation is complete and of good quality, reviewed regularly, and allows comparison across periods and places.',
      ),
    ),
    item(
      'hr_documentation.trained_paralegals',
      t(
        'La organización cuenta con paralegales o REActores formados para registrar casos, orientar a las víctimas y acompañar denuncias.',
        'A organização conta com paralegais ou REActores formados para registrar casos, orientar as vítimas e acompanhar denúncias.',
        'The organization has trained paralegals or REActors to record cases, advise survivors and accompany complaints.',
      ),
      t(
        'Nadie está formada para documentar ni acompañar casos.',
        'Ninguém está formada para documentar nem acompanhar casos.',
        'No one is trained to document or accompany cases.',
      ),
      t(
        'Una o dos personas recibieron formación, pero no la aplican con regularidad.',
        'Uma ou duas pessoas receberam formação, mas não a aplicam com regularidade.',
        'One or two people have had training but do not use it regularly.',
      ),
      t(
        'Hay paralegales formadas que documentan y acompañan casos, con supervisión y apoyo de una abogada.',
        'Há paralegais formadas que documentam e acompanham casos, com supervisão e apoio de uma advogada.',
        'Trained paralegals document and accompany cases, with supervision and a lawyer’s support.',
      ),
      t(
        'Las paralegales se actualizan, forman a otras compañeras y son reconocidas por las instituciones de justicia.',
        'As paralegais se atualizam, formam outras companheiras e são reconhecidas pelas instituições de justiça.',
        'Paralegals keep their skills up to date, train other sex workers, and are recognized by justice institutions.',
      ),
    ),
    item(
      'hr_documentation.crisis_response',
      t(
        'La organización responde a cada violación con apoyo inmediato según la necesidad: atención en crisis, acompañamiento legal, salud (PEP), refugio.',
        'A organização responde a cada violação com apoio imediato conforme a necessidade: atendimento em crise, acompanhamento jurídico, saúde (PEP), abrigo.',
        'The organization responds to each violation with immediate support as needed: crisis support, legal accompaniment, health care (PEP), shelter.',
      ),
      t(
        'No hay respuesta organizada; cada víctima se las arregla sola.',
        'Não há resposta organizada; cada vítima se vira sozinha.',
        'There is no organized response; each survivor fends for herself.',
      ),
      t(
        'Se acompaña a algunas víctimas, según la disponibilidad de alguna compañera.',
        'Algumas vítimas são acompanhadas, conforme a disponibilidade de alguma companheira.',
        'Some survivors are accompanied, depending on who is available.',
      ),
      t(
        'Hay una ruta de respuesta con contactos de servicios (legal, salud, psicológico, refugio) y los casos urgentes se atienden el mismo día.',
        'Há uma rota de resposta com contatos de serviços (jurídico, saúde, psicológico, abrigo) e os casos urgentes são atendidos no mesmo dia.',
        'There is a response pathway with service contacts (legal, health, psychological, shelter), and urgent cases are attended the same day.',
      ),
      t(
        'Cada caso tiene seguimiento hasta su cierre, se registra el resultado de cada intervención y la ruta se mejora con lo aprendido.',
        'Cada caso é acompanhado até o encerramento, registra-se o resultado de cada intervenção e a rota é melhorada com o aprendizado.',
        'Every case is followed up until it is closed, the outcome of each intervention is recorded, and the pathway improves with experience.',
      ),
    ),
    item(
      'hr_documentation.use_for_change',
      t(
        'La organización usa los datos agregados y anonimizados de los casos para la incidencia y para exigir rendición de cuentas, sin exponer a las víctimas.',
        'A organização usa os dados agregados e anonimizados dos casos para a incidência e para exigir responsabilização, sem expor as vítimas.',
        'The organization uses aggregate, anonymized case data for advocacy and to demand accountability, without exposing survivors.',
      ),
      t('Los casos no se analizan.', 'Os casos não são analisados.', 'Cases are not analysed.'),
      t(
        'Se cuentan los casos de vez en cuando, sin análisis ni reglas para protegerlos.',
        'Os casos são contados de vez em quando, sem análise nem regras para protegê-los.',
        'Cases are counted now and then, without analysis or rules to protect them.',
      ),
      t(
        'Se analizan patrones (tipo de violación, responsables, lugares) y se presentan a autoridades con cifras protegidas (sin celdas pequeñas).',
        'Analisam-se padrões (tipo de violação, responsáveis, locais) e eles são apresentados às autoridades com números protegidos (sem células pequenas).',
        'Patterns are analysed (type of violation, perpetrators, places) and presented to authorities with protected figures (no small cells).',
      ),
      t(
        'Los datos se comparten en red con consentimiento y sustentan cambios logrados (protocolos, sanciones, reformas).',
        'Os dados são compartilhados em rede com consentimento e sustentam mudanças conquistadas (protocolos, punições, reformas).',
        'Data is shared across the network with consent and backs changes that were won (protocols, sanctions, reforms).',
      ),
    ),
  ],
);

/** The seed's six domains, enabled in version 1 of every organization's framework. */
export const CORE_DOMAIN_KEYS = [
  'governance',
  'project_management',
  'resource_mobilization',
  'networking',
  'government_engagement',
  'ngo_engagement',
] as const;

/** Optional domains, disabled until the organization enables them. */
export const OPTIONAL_DOMAIN_KEYS = [
  'financial_management',
  'human_resources',
  'advocacy',
  'community_services',
  'safety_data_protection',
  'hr_documentation',
] as const;

/**
 * The standard framework every organization starts from (version 1): the seed's six domains, enabled,
 * then the six optional domains, disabled until the organization enables them.
 */
export const STANDARD_FRAMEWORK: FrameworkContent = {
  name: t(
    'Marco de fortalecimiento de capacidades',
    'Marco de fortalecimento de capacidades',
    'Capacity strengthening framework',
  ),
  domains: [
    GOVERNANCE,
    PROJECT_MANAGEMENT,
    RESOURCE_MOBILIZATION,
    NETWORKING,
    GOVERNMENT_ENGAGEMENT,
    NGO_ENGAGEMENT,
    FINANCIAL_MANAGEMENT,
    HUMAN_RESOURCES,
    ADVOCACY,
    COMMUNITY_SERVICES,
    SAFETY_DATA_PROTECTION,
    HR_DOCUMENTATION,
  ],
};
