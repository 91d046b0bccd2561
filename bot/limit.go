package bot

import (
	"context"
	"sort"
	"sync"
	"time"
)

// Clock is the bot's source of time; tests pass a fake.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

func sleep(ctx context.Context, c Clock, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-c.After(d):
		return nil
	}
}

// rateLimiter lets each user ask limit questions in any window (sliding,
// so a burst is fine) and perDay per calendar day in loc. A question past
// a limit is not refused but booked for later: book returns the first
// time both limits allow it, and that slot counts as taken, so later
// questions queue behind it, first come first served. At most maxQueued
// questions of a user wait at once. Memory is bounded: idle users are
// forgotten once the table grows past maxUsers.
type rateLimiter struct {
	mu        sync.Mutex
	clock     Clock
	limit     int
	window    time.Duration
	perDay    int // 0 = no daily limit
	loc       *time.Location
	maxQueued int
	users     map[int64]*userRate
	maxUsers  int
}

type userRate struct {
	slots  []time.Time    // booked slots in the last window and after, ascending
	days   map[string]int // slots booked per day (in loc), today and after
	last   time.Time      // last booking attempt
	warned time.Time      // last time the user was told the queue is full
}

// limitKind is the limit that put a question off.
type limitKind int

const (
	limitNone limitKind = iota
	limitWindow
	limitDay
)

// booking is what book decided about a question.
type booking struct {
	at     time.Time // when it may be answered: now, or later
	limit  limitKind // what put it off (limitNone: at is now)
	booked bool      // false: too many of the user's questions wait already
	warn   bool      // not booked, and the user was not told in the last minute
}

// maxQueued is how many questions of one user may wait for a slot.
const maxQueued = 5

func newRateLimiter(c Clock, limit int, window time.Duration, perDay int, loc *time.Location, queued int) *rateLimiter {
	if loc == nil {
		loc = time.UTC
	}
	return &rateLimiter{clock: c, limit: limit, window: window, perDay: perDay, loc: loc, maxQueued: queued,
		users: map[int64]*userRate{}, maxUsers: 100000}
}

// book finds the first slot for a question of user from now and takes it,
// unless it is later than now and maxQueued of the user's questions wait
// already.
func (l *rateLimiter) book(user int64) booking {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.clock.Now()
	u := l.users[user]
	if u == nil {
		if len(l.users) >= l.maxUsers {
			l.prune(now)
		}
		u = &userRate{days: map[string]int{}}
		l.users[user] = u
	}
	u.last = now
	l.forget(u, now)
	at, kind := l.slot(u, now)
	queued := 0
	for _, s := range u.slots {
		if s.After(now) {
			queued++
		}
	}
	if at.After(now) && queued >= l.maxQueued {
		b := booking{at: at, limit: kind}
		if now.Sub(u.warned) >= time.Minute {
			b.warn, u.warned = true, now
		}
		return b
	}
	u.slots = append(u.slots, at)
	u.days[l.day(at)]++
	return booking{at: at, limit: kind, booked: true}
}

// forget drops slots that can no longer count and days that are over.
func (l *rateLimiter) forget(u *userRate, now time.Time) {
	keep := 0
	for keep < len(u.slots) && !u.slots[keep].After(now.Add(-l.window)) {
		keep++
	}
	u.slots = u.slots[keep:]
	today := l.day(now)
	for d := range u.days {
		if d < today {
			delete(u.days, d)
		}
	}
}

// slot is the first time from now (and not before the user's last slot:
// first come, first served) at which neither limit is reached.
func (l *rateLimiter) slot(u *userRate, now time.Time) (time.Time, limitKind) {
	t, kind := now, limitNone
	if n := len(u.slots); n > 0 && u.slots[n-1].After(t) {
		t = u.slots[n-1]
		kind = limitWindow
	}
	for {
		// The window ending at t holds the slots after t-window; slots are
		// all at or before t, so the limit-th latest decides.
		if n := len(u.slots); n >= l.limit {
			if next := u.slots[n-l.limit].Add(l.window); next.After(t) {
				t, kind = next, limitWindow
			}
		}
		if l.perDay <= 0 || u.days[l.day(t)] < l.perDay {
			break
		}
		y, m, d := t.In(l.loc).Date()
		t, kind = time.Date(y, m, d+1, 0, 0, 0, 0, l.loc), limitDay
	}
	return t, kind
}

func (l *rateLimiter) day(t time.Time) string { return t.In(l.loc).Format("2006-01-02") }

func (l *rateLimiter) prune(now time.Time) {
	for id, u := range l.users {
		if now.Sub(u.last) > 24*time.Hour && (len(u.slots) == 0 || !u.slots[len(u.slots)-1].After(now)) {
			delete(l.users, id)
		}
	}
	if len(l.users) >= l.maxUsers { // still full: forget the idlest half
		ids := make([]int64, 0, len(l.users))
		for id := range l.users {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool { return l.users[ids[i]].last.Before(l.users[ids[j]].last) })
		for _, id := range ids[:len(ids)/2] {
			delete(l.users, id)
		}
	}
}

// scheduler spaces outgoing messages within Telegram's flood limits: at
// most one message a second per chat, perGroupMinute a minute per group and
// perSecond a second overall. reserve books the earliest allowed slot.
type scheduler struct {
	mu             sync.Mutex
	clock          Clock
	perChat        time.Duration
	perGroupMinute int
	perSecond      int
	chats          map[int64]*chatSlots
	global         []time.Time // booked slots, ascending, the last perSecond
}

type chatSlots struct {
	last  time.Time
	group []time.Time // the last perGroupMinute slots of a group
}

func newScheduler(c Clock) *scheduler {
	return &scheduler{clock: c, perChat: time.Second, perGroupMinute: 20, perSecond: 30, chats: map[int64]*chatSlots{}}
}

// reserve returns how long to wait before sending to chat, booking that slot.
func (s *scheduler) reserve(chat int64, group bool) time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	t := s.earliest(now, chat, group, 0)
	s.book(now, chat, group, t)
	return t.Sub(now)
}

// reserveNow books a slot for chat only if one is free now and, in a group,
// at least spare more of the group's per-minute slots stay free; else it
// books nothing and says how long until one may be. Optional traffic (the
// previews of a streamed answer) uses it, so it never delays what must be sent.
func (s *scheduler) reserveNow(chat int64, group bool, spare int) (ok bool, retry time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	if t := s.earliest(now, chat, group, spare); t.After(now) {
		return false, t.Sub(now)
	}
	s.book(now, chat, group, now)
	return true, 0
}

// earliest is the first time from now a message may go to chat, keeping
// spare of a group's per-minute slots free.
func (s *scheduler) earliest(now time.Time, chat int64, group bool, spare int) time.Time {
	t := now
	c := s.chats[chat]
	if c != nil && !c.last.IsZero() && c.last.Add(s.perChat).After(t) {
		t = c.last.Add(s.perChat)
	}
	limit := max(s.perGroupMinute-spare, 1)
	if group && c != nil && len(c.group) >= limit {
		if next := c.group[len(c.group)-limit].Add(time.Minute); next.After(t) {
			t = next
		}
	}
	for {
		// Count booked slots in (t-1s, t]; move t past the oldest while full.
		n, first := 0, time.Time{}
		for _, g := range s.global {
			if g.After(t.Add(-time.Second)) && !g.After(t) {
				if n == 0 {
					first = g
				}
				n++
			}
		}
		if n < s.perSecond {
			break
		}
		t = first.Add(time.Second)
	}
	return t
}

// book records a message to chat at t.
func (s *scheduler) book(now time.Time, chat int64, group bool, t time.Time) {
	if len(s.chats) > 10000 {
		for id, c := range s.chats {
			if now.Sub(c.last) > time.Minute {
				delete(s.chats, id)
			}
		}
	}
	c := s.chats[chat]
	if c == nil {
		c = &chatSlots{}
		s.chats[chat] = c
	}
	c.last = t
	if group {
		c.group = append(c.group, t)
		if len(c.group) > s.perGroupMinute {
			c.group = c.group[len(c.group)-s.perGroupMinute:]
		}
	}
	i := sort.Search(len(s.global), func(i int) bool { return s.global[i].After(t) })
	s.global = append(s.global, time.Time{})
	copy(s.global[i+1:], s.global[i:])
	s.global[i] = t
	// Keep only slots that can still matter.
	cut := 0
	for cut < len(s.global) && s.global[cut].Before(now.Add(-time.Second)) {
		cut++
	}
	s.global = s.global[cut:]
}
