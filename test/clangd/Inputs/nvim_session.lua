-- Neovim's built-in LSP client driving otel-clangd, headless:
--
--   OTEL_NVIM_SERVER=otel-clangd OTEL_NVIM_OUT=report.txt \
--     nvim --headless -u NONE -i NONE -n -c 'luafile nvim_session.lua' FILE
--
-- Opens FILE, starts the server on it (root: the working directory), waits
-- for its diagnostics, writes them to OTEL_NVIM_OUT as
-- `LINE:COL: SEVERITY: MESSAGE [CODE]`, asks for the code actions of every
-- otel diagnostic, applies their quick fixes with Neovim's own
-- apply_workspace_edit (from the bottom of the file up, so that the ranges
-- of the ones above stay valid) and saves the buffer. Exits 0, or 1 with
-- the reason in OTEL_NVIM_OUT.

local out = assert(io.open(os.getenv('OTEL_NVIM_OUT'), 'w'))
local function finish(status, message)
  if message then
    out:write('nvim: error: ' .. message .. '\n')
  end
  out:close()
  vim.cmd(status == 0 and 'qall!' or 'cquit! 1')
end

local ok, err = pcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'cpp'
  local client_id = vim.lsp.start_client({
    name = 'otel-clangd',
    cmd = { os.getenv('OTEL_NVIM_SERVER'), '--background-index=false' },
    root_dir = vim.fn.getcwd(),
  })
  if not client_id then
    error('the server did not start')
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  if not vim.wait(60000, function() return client.initialized end, 20) then
    error('the server did not answer initialize')
  end

  -- A request that needs the AST runs once the file's diagnostics are
  -- published (the first publish of a version may come from the preamble).
  local symbols = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol',
    { textDocument = vim.lsp.util.make_text_document_params(bufnr) }, 120000)
  if not symbols then
    error('no answer to documentSymbol')
  end
  local function otel_count()
    local n = 0
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if tostring(d.code or ''):match('^otel%-') then
        n = n + 1
      end
    end
    return n
  end
  vim.wait(30000, function() return otel_count() > 0 end, 50)

  local diags = vim.diagnostic.get(bufnr)
  table.sort(diags, function(a, b)
    return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
  end)
  local names = { 'error', 'warning', 'info', 'hint' }
  local edits = {}
  for _, d in ipairs(diags) do
    out:write(string.format('%d:%d: %s: %s [%s]\n', d.lnum + 1, d.col + 1,
      names[d.severity], d.message:gsub('\n.*', ''), tostring(d.code or '')))
    if tostring(d.code or ''):match('^otel%-') then
      -- The diagnostic as Neovim's own code_action() sends it back.
      local lsp = nil
      for _, l in ipairs(vim.lsp.diagnostic.get_line_diagnostics(bufnr, d.lnum)) do
        if l.code == d.code and l.range.start.character == d.col then
          lsp = l
        end
      end
      local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
        textDocument = vim.lsp.util.make_text_document_params(bufnr),
        range = lsp.range,
        context = { diagnostics = { lsp }, only = { 'quickfix' } },
      }, 60000)
      for _, response in pairs(actions or {}) do
        for _, action in ipairs(response.result or {}) do
          if action.kind == 'quickfix' and action.edit then
            out:write('  quickfix: ' .. action.title .. '\n')
            table.insert(edits, { line = d.lnum, edit = action.edit })
          end
        end
      end
    end
  end
  table.sort(edits, function(a, b) return a.line > b.line end)
  for _, e in ipairs(edits) do
    vim.lsp.util.apply_workspace_edit(e.edit, client.offset_encoding)
  end
  vim.cmd('write')
  out:write(string.format('applied %d quick fixes\n', #edits))
  vim.lsp.stop_client(client_id)
end)
if ok then
  finish(0)
else
  finish(1, tostring(err))
end
