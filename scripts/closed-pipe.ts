/**
 * A command's output piped into a reader that stops early (`npm run inspect -- FILE | head`) closes
 * the pipe under it: that ends the output, and is no error to print a stack trace for.
 */
export function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
