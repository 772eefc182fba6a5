/** 文献一覧は英語版をそのまま使います（翻訳すべき注記がないため）。 */
export { references } from '../en/references.js';
