// How each node kind and flow kind is drawn. The legend is generated from these tables, so the
// picture and its key cannot drift apart.

export const NODE_KINDS = {
  ORGANIZATION: { label: '組織', color: '#4e79a7', shape: 'box', font: '#ffffff' },
  DEPARTMENT: { label: '部署', color: '#76b7b2', shape: 'box', font: '#10302e' },
  PROCESS: { label: '事務', color: '#59a14f', shape: 'ellipse', font: '#ffffff' },
  ASSESSMENT: { label: '評価書', color: '#bab0ac', shape: 'ellipse', font: '#1f2933' },
  SYSTEM: { label: 'システム', color: '#f28e2b', shape: 'hexagon', font: '#1f2933' },
  SYSTEM_TYPE: { label: 'システム種別', color: '#ffbe7d', shape: 'ellipse', font: '#1f2933' },
  FILE: { label: '特定個人情報ファイル', color: '#e15759', shape: 'box', font: '#ffffff' },
  DATA_ITEM: { label: '記録項目', color: '#ff9d9a', shape: 'dot', font: '#1f2933' },
  LEGAL_BASIS: { label: '法令根拠', color: '#b07aa1', shape: 'diamond', font: '#1f2933' },
  CONTRACTOR: { label: '委託先', color: '#9c755f', shape: 'triangle', font: '#1f2933' },
  FLOW: { label: '流れ', color: '#edc948', shape: 'dot', font: '#1f2933' },
  FINDING: { label: '指摘', color: '#d37295', shape: 'star', font: '#1f2933' },
};

const UNKNOWN_NODE = { label: 'その他', color: '#9aa5b1', shape: 'dot', font: '#1f2933' };

export function nodeStyle(kind) {
  return NODE_KINDS[kind] ?? UNKNOWN_NODE;
}

/** The five kinds of flow statement in a 評価書. */
export const FLOW_KINDS = {
  入手: { color: '#2f6db5', help: '他の機関や本人から受け取る' },
  提供: { color: '#c0392b', help: '番号法に基づき他の機関へ渡す' },
  移転: { color: '#e67e22', help: '同じ機関の中の別の事務へ渡す' },
  委託: { color: '#7d5a44', help: '事務の一部を事業者に任せる' },
  連携: { color: '#16a085', help: 'システム同士のつながり' },
  保管: { color: '#8d99a6', help: 'ファイルを記録しているシステム' },
  使用: { color: '#6b8fb3', help: 'ファイルを使うシステム' },
  経由: { color: '#3d5a80', help: '全国共通の仕組みを通る' },
};

const UNKNOWN_FLOW = { color: '#7b8794', help: '' };

export function flowStyle(kind) {
  return FLOW_KINDS[kind] ?? UNKNOWN_FLOW;
}

/** Methods an auditor looks at first: data leaving on media or by mail is hard to control. */
export const RISKY_METHODS = ['電子メール', '電子記録媒体', '紙', 'フラッシュメモリ'];
