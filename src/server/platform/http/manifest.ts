/**
 * The installed app's manifest. By default it shows a neutral name and icon ("Agenda"), so that a
 * phone's home screen does not reveal that its owner uses a sex-worker organization's tool.
 */
export function buildManifest(label: 'neutral' | 'colectiva'): Record<string, unknown> {
  const neutral = label === 'neutral';
  const icon = neutral ? 'neutral' : 'colectiva';
  return {
    name: neutral ? 'Agenda' : 'Colectiva',
    short_name: neutral ? 'Agenda' : 'Colectiva',
    description: neutral ? 'Agenda y notas' : 'Colectiva — organización comunitaria',
    lang: 'es',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: neutral ? '#4a5568' : '#7b2d5b',
    icons: [
      { src: `/icons/${icon}-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `/icons/${icon}-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `/icons/${icon}-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
