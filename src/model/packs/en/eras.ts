/** The three eras of public administration the cases belong to. Part of the default English pack (../en.ts). */
import type { ContentPack } from '../../types.js';
import { t, PAPER } from './cite.js';

export const eras: ContentPack['eras'] = [
  {
    id: 'pa',
    name: 'Public Administration',
    from: 1880,
    to: 1980,
    summary: t(
      'From the late nineteenth century to around 1980, the state plans and delivers public services itself, through bureaucratic hierarchies and professional staff. In the UK, joint planning between agencies was tried in the 1960s and 1970s but proved too narrow.',
      'osborne-2006',
      'osborne-2010',
      PAPER,
    ),
  },
  {
    id: 'npm',
    name: 'New Public Management',
    from: 1980,
    to: 2000,
    summary: t(
      'Ideas from business enter public services: markets, competition and contracting out. Services become fragmented and poorly coordinated, which in turn leads to calls for more collaboration.',
      'osborne-2006',
      'osborne-2010',
      PAPER,
    ),
  },
  {
    id: 'npg',
    name: 'New Public Governance',
    from: 2000,
    summary: t(
      'A plural state: many interdependent public, private and voluntary organisations deliver services, and many processes feed into policy. Attention turns to relationships between organisations, to governing processes and to outcomes.',
      'osborne-2006',
      'osborne-2010',
    ),
  },
];
