import { NetworkAggregatesPage } from './network-aggregates';
import './case-analysis.css';

/** Nav entry of the regional secretariat: the network's shared case aggregates. */
export default function NetworkCasesPage() {
  return <NetworkAggregatesPage />;
}
