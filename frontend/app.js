import { graphql } from './graphql.js';

const KIND_STYLE = {
  ORGANIZATION: { label: '組織', color: '#4e79a7', shape: 'box' },
  DEPARTMENT: { label: '部署', color: '#76b7b2', shape: 'box' },
  PROCESS: { label: '事務', color: '#59a14f', shape: 'ellipse' },
  ASSESSMENT: { label: '評価書', color: '#bab0ac', shape: 'ellipse' },
  SYSTEM: { label: 'システム', color: '#f28e2b', shape: 'database' },
  SYSTEM_TYPE: { label: 'システム種別', color: '#ffbe7d', shape: 'ellipse' },
  FILE: { label: '特定個人情報ファイル', color: '#e15759', shape: 'box' },
  DATA_ITEM: { label: '記録項目', color: '#ff9d9a', shape: 'dot' },
  LEGAL_BASIS: { label: '法令根拠', color: '#b07aa1', shape: 'diamond' },
  CONTRACTOR: { label: '委託先', color: '#9c755f', shape: 'triangle' },
  FLOW: { label: '流れ', color: '#edc948', shape: 'dot' },
  FINDING: { label: '指摘', color: '#d37295', shape: 'star' },
};

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 50) {
    __typename
    ... on SearchHits { hits { score node { id kind name } } }
    ... on InputError { message }
  }
}`;

const statusLine = document.getElementById('status');
const results = document.getElementById('results');
const input = document.getElementById('search-text');
const nodes = new vis.DataSet();
const edges = new vis.DataSet();
const network = new vis.Network(document.getElementById('network'), { nodes, edges }, {
  physics: { stabilization: { iterations: 150 } },
  nodes: { font: { face: 'Noto Sans CJK JP, sans-serif' } },
  interaction: { keyboard: true, navigationButtons: false },
});
// Exposed for tests and for people exploring in the browser console.
window.lineage = { network, nodes, edges };

function draw(hits) {
  nodes.clear();
  edges.clear();
  nodes.add(hits.map(({ node }) => {
    const style = KIND_STYLE[node.kind] ?? { label: node.kind, color: '#999', shape: 'dot' };
    return { id: node.id, label: node.name, title: `${style.label}: ${node.name}`, color: style.color, shape: style.shape };
  }));
  network.fit();
}

function list(hits) {
  results.replaceChildren(...hits.map(({ node }) => {
    const item = document.createElement('li');
    item.textContent = `${KIND_STYLE[node.kind]?.label ?? node.kind}: ${node.name}`;
    return item;
  }));
}

async function search(text) {
  statusLine.textContent = `「${text}」を検索しています…`;
  try {
    const { search: answer } = await graphql(SEARCH, { text });
    if (answer.__typename === 'InputError') {
      statusLine.textContent = answer.message;
      return;
    }
    draw(answer.hits);
    list(answer.hits);
    statusLine.textContent = answer.hits.length
      ? `${answer.hits.length} 件見つかりました。`
      : `「${text}」に一致するものはありません。`;
  } catch (error) {
    statusLine.textContent = `検索できませんでした: ${error.message}`;
  }
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  const url = new URL(window.location.href);
  url.searchParams.set('q', text);
  history.replaceState(null, '', url);
  search(text);
});

const initial = new URL(window.location.href).searchParams.get('q');
if (initial) {
  input.value = initial;
  search(initial);
} else {
  statusLine.textContent = '検索語を入力してください。';
}
