import type {
  StockPointCreateInput,
  StockPointDetail,
  StockPointList,
  StockPointUpdateInput,
  StockPointView,
  StockReceiptInput,
  StockReceiptView,
} from '../../../domain/stock.schemas';
import { api, apiGet } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}/stock-points`;

export const useStockPoints = (orgId: string) => useApiData<StockPointList>(base(orgId));

export const fetchStockPoint = (orgId: string, id: string) =>
  apiGet<StockPointDetail>(`${base(orgId)}/${id}`);

export const createStockPoint = (orgId: string, input: StockPointCreateInput) =>
  api<StockPointView>('POST', base(orgId), input);

export const receiveStock = (orgId: string, id: string, input: StockReceiptInput) =>
  api<StockReceiptView>('POST', `${base(orgId)}/${id}/receipts`, input);

export const updateStockPoint = (orgId: string, id: string, input: StockPointUpdateInput) =>
  api<StockPointView>('PATCH', `${base(orgId)}/${id}`, input);
