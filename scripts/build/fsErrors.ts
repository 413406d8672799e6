/** One sentence for a failed file-system call on `path`, naming the cause instead of the raw error code. */
export function describeFsError(error: unknown, path: string, doing: string): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EROFS':
      return `cannot ${doing} ${path}: the folder is on a read-only file system; set OUT_DIR to a writable folder`;
    case 'EACCES':
    case 'EPERM':
      return `cannot ${doing} ${path}: permission denied; set OUT_DIR to a folder you may write to`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `cannot ${doing} ${path}: the disk is full; free some space and run the build again`;
    case 'ENOTDIR':
      return `cannot ${doing} ${path}: a part of the path is a file, not a folder; set OUT_DIR to a folder path`;
    case 'ENAMETOOLONG':
      return `cannot ${doing} ${path}: the path is too long; choose a shorter OUT_DIR`;
    case 'ENOENT':
      return `cannot ${doing} ${path}: a folder on the way does not exist or was removed during the build`;
    default:
      return `cannot ${doing} ${path}: ${(error as Error)?.message ?? String(error)}`;
  }
}
