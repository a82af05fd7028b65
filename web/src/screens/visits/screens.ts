// The video visit's screens, in one chunk loaded when a visit is opened.
export { Visit } from './Visit';
