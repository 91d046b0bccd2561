package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/reportbot/reportbot/rag"
)

// Conversations. The answerer (rag.Converse) reads a follow-up ("那去年
// 呢？") against the last question of its conversation, which the bot
// names: one per user per chat (and forum topic). In a group several
// people talk at once, and a reply says which answer it follows up: "那
// 今年的目标呢？" in reply to the 进出口 answer means 进出口 even if the
// same user asked about GDP since. So the state an answer leaves is kept
// under the answer's message too (snapshot, when it is sent), and a
// question replying to that message continues from it (continueFrom) —
// in private chats as in groups.

// snapshotTTL is how long a reply to an answer still continues its
// conversation: longer than a conversation's inactivity expiry
// (rag.ConversationTTL), since a reply names the answer it follows up.
const snapshotTTL = 24 * time.Hour

// conversationKey names a user's conversation in a chat (and topic).
func conversationKey(to chatRef, user int64) string {
	return fmt.Sprintf("tg:%d:%d:%d", to.id, to.thread, user)
}

// messageKey names the conversation state an answer message left.
func messageKey(chat int64, msg int) string {
	return fmt.Sprintf("tg:%d:m:%d", chat, msg)
}

// continueFrom makes the state an answer (message replyOf) left the state
// of conversation key, so the question replying to it is read against it.
// It reports whether it did.
func (b *Bot) continueFrom(ctx context.Context, chat int64, replyOf int, key string) bool {
	if b.convs == nil || replyOf == 0 {
		return false
	}
	data, ok, err := b.convs.Load(ctx, messageKey(chat, replyOf))
	if err != nil {
		b.log.Warn("loading the conversation of a replied-to answer; reading the question on its own", "err", err)
		return false
	}
	if !ok {
		return false // not an answer, or too old: the user's own conversation goes on
	}
	if err := b.convs.Save(ctx, key, data, rag.ConversationTTL); err != nil {
		b.log.Warn("continuing the conversation of a replied-to answer", "err", err)
		return false
	}
	return true
}

// conversationState is the state of conversation key just after an answer.
func (b *Bot) conversationState(ctx context.Context, key string) []byte {
	if b.convs == nil {
		return nil
	}
	data, ok, err := b.convs.Load(ctx, key)
	if err != nil {
		b.log.Warn("reading conversation state", "err", err)
		return nil
	}
	if !ok {
		return nil
	}
	return data
}

// snapshot keeps conv, the state an answer left, under the message it
// was sent as. Best effort: without it a reply to that message is read
// against the user's own last question.
func (b *Bot) snapshot(ctx context.Context, chat int64, msg int, conv []byte) {
	if b.convs == nil || len(conv) == 0 || msg == 0 {
		return
	}
	if err := b.convs.Save(ctx, messageKey(chat, msg), conv, snapshotTTL); err != nil {
		b.log.Warn("keeping an answer's conversation state", "err", err)
	}
}
