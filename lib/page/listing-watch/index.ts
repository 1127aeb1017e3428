export { watchListing, type ListingSource, type ListingWatch, type ListingWatchOptions } from './watch-listing';
