/**
 * The dataset bundled with the app (built by data/build from the open data sources, data/README.md).
 * Loaded lazily: only a new database needs it.
 */
import type { Dataset, Organisation } from '../../shared/domain/types';
import { validateDataset, validateOrganisation } from '../../shared/dataset/schema';

interface EmbeddedData {
  dataset: Dataset;
  organisation: Organisation;
}

export async function loadEmbeddedData(): Promise<EmbeddedData> {
  const [datasetModule, organisationModule] = await Promise.all([
    import('../../data/dataset.json', { with: { type: 'json' } }),
    import('../../data/demo-organisation.json', { with: { type: 'json' } }),
  ]);
  const dataset = validateDataset(datasetModule.default);
  const organisation = validateOrganisation(organisationModule.default, dataset);
  return { dataset, organisation };
}
