package cli

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/reportbot/reportbot/config"
	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/llm"
	"github.com/reportbot/reportbot/rag"
)

// stack is the engine with what is configured around it.
type stack struct {
	core     *Engine      // retrieval, extractive answers, figures
	slots    int          // answers computed at once
	answerer rag.Answerer // the cached engine, or the LLM answerer over it
	mode     string       // rag.ModeLLM when a model answers
	// drain cancels model calls in flight (llm.Answerer.Drain); nil
	// without a model.
	drain func()
}

// buildStack builds the engine (remote embeddings when llm.embedding_model
// is set) and, when llm.model is set, the LLM answerer whose answers pass
// the figures check. Conversations hold follow-up state; nil keeps it in
// memory (one process), serve passes the bot's database so any replica can
// take the follow-up.
func buildStack(ctx context.Context, cfg *config.Config, log *slog.Logger, progress io.Writer, conversations rag.ConversationStore) (*stack, error) {
	opts := EngineOptions{SeedsDir: cfg.Seeds, StoreDir: cfg.Store.Dir, Progress: progress, AnswerConcurrency: cfg.Server.AnswerConcurrency, Log: log}
	var client *llm.Client
	if cfg.LLM.Model != "" || cfg.LLM.EmbeddingModel != "" {
		var err error
		client, err = llm.NewClient(llm.Config{
			BaseURL:        cfg.LLM.BaseURL,
			APIKey:         cfg.Secrets.OpenAIAPIKey.Reveal(),
			Model:          cfg.LLM.Model,
			EmbeddingModel: cfg.LLM.EmbeddingModel,
			Timeout:        cfg.LLM.Timeout,
			MaxTokens:      cfg.LLM.MaxTokens,
		})
		if err != nil {
			return nil, fmt.Errorf("llm: %w", err)
		}
	}
	if cfg.LLM.EmbeddingModel != "" {
		opts.Embed, opts.EmbedModel = client.EmbedFunc(), cfg.LLM.EmbeddingModel
	}
	core, err := BuildEngine(ctx, opts)
	if err != nil {
		return nil, err
	}
	limited := rag.Limited(core.Engine, opts.AnswerConcurrency)
	eng := rag.Cached(limited, rag.AnswerCacheSize)
	if conversations == nil {
		conversations = rag.NewMemoryConversations(rag.ConversationCap, nil)
	}
	s := &stack{core: core, slots: limited.Slots(), answerer: rag.Converse(eng, core.Engine, conversations), mode: rag.ModeExtractive}
	if cfg.LLM.Model == "" {
		return s, nil
	}
	ans, err := llm.NewAnswerer(llm.Options{Client: client, Engine: eng, FigureCheck: figureCheck, Logger: log})
	if err != nil {
		return nil, fmt.Errorf("llm: %w", err)
	}
	s.answerer, s.mode, s.drain = rag.Converse(ans, core.Engine, conversations), rag.ModeLLM, ans.Drain
	return s, nil
}

// figureCheck adapts figures.Check to the LLM answerer's check.
func figureCheck(text string, cited []*rag.Paragraph) []string {
	var out []string
	for _, p := range figures.Check(text, cited) {
		out = append(out, p.Figure+": "+p.Reason)
	}
	return out
}
