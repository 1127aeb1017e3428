export { renderBanner, isBannerNode, BANNER_HOST_ATTRIBUTE } from './render-banner';
