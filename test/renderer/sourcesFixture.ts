import type { Source } from '../../shared/domain/types';

/** A few sources as dataset.sources gives them, with the attribution texts verbatim. */
export const ONET_ATTRIBUTION =
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Overstap has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.';

export const SOURCES: Source[] = [
  { id: 'noy-zhang-2023', title: 'Noy & Zhang (2023)', citation: 'Noy S., Zhang W. (2023) Science 381(6654).', licence: 'Cited for facts', strength: 'P' },
  { id: 'onet-29-3', title: 'O*NET 29.3 Database', citation: ONET_ATTRIBUTION, licence: 'CC BY 4.0', url: 'https://www.onetcenter.org/database.html', strength: 'P' },
  { id: 'gpts-are-gpts', title: 'GPTs are GPTs: task exposure labels', citation: 'Eloundou T. et al. (2024). Copyright (c) 2024 OpenAI, MIT License: Permission is hereby granted, free of charge.', licence: 'MIT', url: 'https://github.com/openai/GPTs-are-GPTs', strength: 'P' },
  { id: 'conversation-design-hours', title: 'Conversation design: hours (weak)', citation: 'One skill-guide site gives ≈120 h.', licence: 'Cited for facts', strength: 'U' },
  { id: 'overstap-assumption', title: 'Overstap modelling assumption', citation: 'A modelling choice made by Overstap.', licence: 'Overstap (MIT)', strength: 'A' },
  { id: 'mckinsey-state-of-ai', title: 'McKinsey Global Survey: The State of AI', citation: 'McKinsey & Company, The State of AI.', licence: 'Cited for facts', strength: 'S' },
];
