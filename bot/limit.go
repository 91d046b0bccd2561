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

// rateLimiter allows each user perMinute questions in any sliding minute
// and perDay per calendar day (UTC). Memory is bounded: idle users are
// forgotten once the table grows past maxUsers.
type rateLimiter struct {
	mu        sync.Mutex
	clock     Clock
	perMinute int
	perDay    int
	users     map[int64]*userRate
	maxUsers  int
}

type userRate struct {
	recent []time.Time // at most perMinute, oldest first
	day    string
	today  int
	last   time.Time
	warned time.Time // last time the user was told about the limit
}

type limitResult int

const (
	allowed limitResult = iota
	limitedMinute
	limitedDay
)

func newRateLimiter(c Clock, perMinute, perDay int) *rateLimiter {
	return &rateLimiter{clock: c, perMinute: perMinute, perDay: perDay, users: map[int64]*userRate{}, maxUsers: 100000}
}

// allow counts a question by user. When it is refused, warn says whether
// to tell the user (once a minute at most, so refusals cannot flood a chat).
func (l *rateLimiter) allow(user int64) (res limitResult, warn bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.clock.Now()
	u := l.users[user]
	if u == nil {
		if len(l.users) >= l.maxUsers {
			l.prune(now)
		}
		u = &userRate{}
		l.users[user] = u
	}
	u.last = now
	defer func() {
		if res != allowed && now.Sub(u.warned) >= time.Minute {
			warn = true
			u.warned = now
		}
	}()
	day := now.UTC().Format("2006-01-02")
	if u.day != day {
		u.day, u.today = day, 0
	}
	if l.perDay > 0 && u.today >= l.perDay {
		return limitedDay, false
	}
	if l.perMinute > 0 {
		keep := u.recent[:0]
		for _, t := range u.recent {
			if now.Sub(t) < time.Minute {
				keep = append(keep, t)
			}
		}
		u.recent = keep
		if len(u.recent) >= l.perMinute {
			return limitedMinute, false
		}
		u.recent = append(u.recent, now)
	}
	u.today++
	return allowed, false
}

func (l *rateLimiter) prune(now time.Time) {
	for id, u := range l.users {
		if now.Sub(u.last) > 24*time.Hour {
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
