import { sessionCookie } from '@/lib/auth';

/** Signs the demo user in (`lib/auth.ts` stands in for your own auth). */
export function GET(): Response {
  return new Response(null, { status: 303, headers: { location: '/', 'set-cookie': sessionCookie('demo') } });
}
