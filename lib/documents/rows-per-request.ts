/** Most rows one request brings: the editor asks for a long document's rows after the first screen's in chunks of this size. */
export const ROWS_PER_REQUEST = 500;
