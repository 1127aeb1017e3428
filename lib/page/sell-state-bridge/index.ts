export { answerSellState, askSellState, onSellStateReady, readSellState, SELL_STATE_MAX_CHARS } from './bridge';
