import { paymend } from '@/lib/paymend';

// Every Paymend route (/status, /setup-intent, /complete, /webhook…) through one handler. It reads
// the raw body itself: never call request.json() before it.
export const GET = paymend;
export const POST = paymend;
