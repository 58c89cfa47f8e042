export { MASK, maskCpr } from './cpr-mask.ts';
export { COMMENT_MAX_LENGTH, commentLength } from './comment-limits.ts';
export { commentsSchema, formComments, storedComment, type TooLongComment } from './form-comments.ts';
export { commentThresholdSchema, defaultCommentThreshold, effectiveCommentThreshold } from './comment-threshold.ts';
export { setCommentThreshold, commentThresholdOf, type CommentThresholdSetting } from './comment-threshold-setting.ts';
