// DOM test setup (minimal; extend freely): unmount what each test rendered so tests stay independent.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { stopFollowingForTheApp } from '../../../renderer/ipc/client';

afterEach(cleanup);
// Each test installs its own fake bridge; app-lifetime subscriptions made on an earlier one must go.
afterEach(stopFollowingForTheApp);
