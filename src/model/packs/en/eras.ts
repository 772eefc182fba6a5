/** The three eras of public service delivery the cases belong to (the paper, after Osborne). Part of the default English pack (../en.ts). */
import type { ContentPack } from '../../types.js';
import { t, PAPER } from './cite.js';

export const eras: ContentPack['eras'] = [
  {
    id: 'pa',
    name: 'Public Administration',
    from: 1880,
    to: 1980,
    summary: t(
      'From the late nineteenth century until around 1980, the state plans and delivers public services itself, through bureaucratic hierarchies and professional staff. In the UK of the 1960s and 1970s, joint planning between agencies was the favoured answer to service problems, until it proved too limited; collaboration as the paper defines it goes further.',
      'osborne-2006',
      'osborne-2010',
      'snape-taylor-2003',
      PAPER,
    ),
  },
  {
    id: 'npm',
    name: 'New Public Management (NPM)',
    from: 1980,
    to: 2000,
    summary: t(
      'From the 1980s, ideas from business enter public services: markets, competition and contracting out, with private and voluntary bodies taking on more of the work. Services become fragmented and poorly coordinated, which in turn prompts calls for more collaboration.',
      'osborne-2006',
      'osborne-2010',
      PAPER,
    ),
  },
  {
    id: 'npg',
    name: 'New Public Governance (NPG)',
    from: 2000,
    summary: t(
      'From around 2000, services are delivered by webs of public, private and voluntary organisations that rely on one another, and policy is made through many channels at once. Governing means steering those relationships and judging services by what they achieve.',
      'osborne-2006',
      'osborne-2010',
      PAPER,
    ),
  },
];
