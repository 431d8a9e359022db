import { CURRENT_VERSION, FORMAT, type FlowDocument, type FlowEdge, type FlowNode } from '../../model';

export const docOf = (nodes: FlowNode[], edges: FlowEdge[] = []): FlowDocument => ({ format: FORMAT, version: CURRENT_VERSION, title: 't', nodes, edges });
