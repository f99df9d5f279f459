package load

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load/confine"
	"github.com/tenantlint/tenantlint/lint/load/fsys"
	"github.com/tenantlint/tenantlint/lint/load/internal/limits"
	"github.com/tenantlint/tenantlint/lint/load/internal/syntaxwalk"
	"github.com/tenantlint/tenantlint/lint/workdir"
)

// MaxFileSize is the largest configuration file the loader reads.
const MaxFileSize = 4 << 20

// moduleConfig is one module folder, parsed once and shared by every root
// module that calls it.
type moduleConfig struct {
	dir       string // as displayed: joined from the path the user gave
	absDir    string // the first absolute path it was reached by
	realDir   string // absDir with symbolic links resolved
	variables map[string]*variableDecl
	varOrder  []string
	// rootFiles are what the folder's listing says of the files a root
	// module reads.
	rootFiles  rootFiles
	locals     map[string]*hcl.Attribute
	outputs    map[string]*outputDecl
	resources  []*resourceDecl
	byAddr     map[string]*resourceDecl
	calls      []*callDecl
	callByName map[string]*callDecl
	// accessed holds the attribute names the module's expressions read from
	// values other than a named resource (each.value.arn, local.x.id, splats);
	// accessedOn those read from a named resource (aws_s3_bucket.b.arn). A
	// referenced resource exposes them as unknown (computed) attributes.
	accessed   map[string]bool
	accessedOn map[string]map[string]bool
	// viaLocal holds the names read after local.<name>. (local.x.arn), by
	// local; they join accessed only for the locals that may hold one of
	// the module's resources (localsHoldingResources).
	viaLocal map[string]map[string]bool
	// viaEach holds the names read after each.value. in each top-level
	// block, with the block's for_each: they join accessed only when the
	// for_each may hold one of the module's resources. overridden says an
	// override file may have changed a for_each: every name joins then.
	viaEach    []*eachReads
	overridden bool
	// scoped are the collections that for expressions and dynamic blocks
	// bind each of their variable names to (v in [for v in coll : v.id],
	// the iterator of a dynamic block to its for_each): names read off such
	// a variable join accessed only when one of its collections may hold a
	// resource of the module.
	scoped   map[string][]scopedColl
	diags    []lint.Diagnostic
	hasFiles bool
	// srcBytes is the size of the module's files: what the parse cache
	// weighs it by.
	srcBytes int64
	// parts caches objectParts and vars the traversals of native
	// expressions (variablesOf), by expression: they live as long as the
	// parse tree they describe.
	parts sync.Map
	vars  sync.Map
	// required are the version constraints of required_providers, by the
	// provider's local name.
	required map[string][]string
	// language holds what the module declares besides resources (ephemeral
	// resources, provider-defined functions, quoted types) and the blocks
	// that validate.go checks references in.
	language
}

type variableDecl struct {
	name      string
	rng       hcl.Range
	def       *hcl.Attribute
	ty        cty.Type
	defaults  *typeexpr.Defaults
	sensitive bool
	nullable  bool
	constant  constDefault
}

type outputDecl struct {
	name      string
	expr      hcl.Expression
	sensitive bool
}

type resourceDecl struct {
	typ, name string
	data      bool
	defRange  hcl.Range
	rng       hcl.Range
	body      body
	content   content
	count     *hcl.Attribute
	forEach   *hcl.Attribute
	// provider is the local name of the resource's provider: the provider
	// meta-argument's, else the type's prefix (aws_s3_bucket: aws).
	provider string
}

func (r *resourceDecl) key() string {
	if r.data {
		return "data." + r.typ + "." + r.name
	}
	return r.typ + "." + r.name
}

type callDecl struct {
	name     string
	defRange hcl.Range
	rng      hcl.Range // the whole block
	source   string
	version  string
	// sourceAt and versionAt are where the two are written.
	sourceAt, versionAt hcl.Range
	count               *hcl.Attribute
	forEach             *hcl.Attribute
	inputs              map[string]*hcl.Attribute
}

var fileSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
	{Type: "terraform"},
	{Type: "provider", LabelNames: []string{"name"}},
	{Type: "variable", LabelNames: []string{"name"}},
	{Type: "locals"},
	{Type: "output", LabelNames: []string{"name"}},
	{Type: "module", LabelNames: []string{"name"}},
	{Type: "resource", LabelNames: []string{"type", "name"}},
	{Type: "data", LabelNames: []string{"type", "name"}},
	{Type: "ephemeral", LabelNames: []string{"type", "name"}},
	{Type: "moved"},
	{Type: "import"},
	{Type: "removed"},
	{Type: "check", LabelNames: []string{"name"}},
}}

// parser parses each file and each module folder once while it is in use,
// from any goroutine.
type parser struct {
	b     fsys.FS // what files are read through
	wd    workdir.Dir
	mu    sync.Mutex
	cache *configCache
	// pre holds the files the first pass read, for the parse.
	pre readCache
	// shared parses once the texts that several files hold.
	shared *sharedParses
	// keepSources keeps every file read in sources (Load); otherwise only
	// the names of files that may hold ignore comments are kept (marked),
	// and Streamed.Sources reads what a report needs again.
	keepSources bool
	sources     map[string][]byte
	marked      map[string]bool
	files       map[string]bool   // every file read
	real        map[string]string // absolute path -> with symbolic links resolved
	// predicted are the local module folders each folder calls, as the
	// first pass read them from the text (scanSources); called those the
	// parse found, by the folder's resolved path.
	predicted map[string][]string
	called    map[string][]string
	// listed are the first pass's listings of the folders it read, by
	// absolute path, each taken by the folder's first parse.
	listed map[string]listing
	// cfgDiags are the parse diagnostics of every folder, each folder's
	// once however often it is parsed.
	cfgDiags  []lint.Diagnostic
	diagsDone map[string]bool
}

func newParser(b fsys.FS) *parser {
	if b == nil {
		b = fsys.OS(nil)
	}
	return &parser{b: b, wd: workdir.Capture(), cache: newConfigCache(0), shared: newSharedParses(), keepSources: true, sources: map[string][]byte{}, marked: map[string]bool{}, files: map[string]bool{},
		real: map[string]string{}, predicted: map[string][]string{}, called: map[string][]string{}, listed: map[string]listing{}, diagsDone: map[string]bool{}}
}

// module returns the parsed module in dir, parsing it when it is not held.
// A folder reached through symbolic links is the same module as its target.
func (p *parser) module(dir string) *moduleConfig {
	abs, err := p.wd.Abs(dir)
	if err != nil {
		abs = dir
	}
	key := p.realPath(abs)
	return p.cache.get(key, func() *moduleConfig {
		cfg := p.parseModule(dir)
		cfg.absDir, cfg.realDir = abs, key
		p.parsed(cfg)
		return cfg
	})
}

// parsed records what the parse of a folder found: its diagnostics (once)
// and the local module folders it calls.
func (p *parser) parsed(cfg *moduleConfig) {
	var callees []string
	for _, call := range cfg.calls {
		if dir, ok := cfg.localCallee(call); ok {
			abs, _ := p.wd.Abs(dir)
			callees = append(callees, abs)
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.diagsDone[cfg.realDir] {
		p.diagsDone[cfg.realDir] = true
		p.cfgDiags = append(p.cfgDiags, cfg.diags...)
	}
	p.called[cfg.realDir] = callees
}

// noteSource keeps a file's text (Load) or, when it may hold ignore
// comments, its name.
func (p *parser) noteSource(path string, src []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.files[path] = true
	if p.keepSources {
		p.sources[path] = src
	} else if lint.MayHoldIgnores(path, src) {
		p.marked[path] = true
	}
}

// realPath resolves the symbolic links of an absolute path, once per path;
// a path that cannot be resolved (it does not exist) stays as it is.
func (p *parser) realPath(abs string) string {
	p.mu.Lock()
	real, ok := p.real[abs]
	p.mu.Unlock()
	if ok {
		return real
	}
	real = abs
	if r, ok := fsys.EvalSymlinks(p.b, abs); ok {
		real = r
	}
	p.mu.Lock()
	p.real[abs] = real
	p.mu.Unlock()
	return real
}

func isConfigFile(name string) bool {
	return strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json") || isTofuFile(name)
}

func isOverride(name string) bool {
	base, _ := configBase(name)
	return base == "override" || strings.HasSuffix(base, "_override")
}

// readSource reads a file and rejects what is not Terraform text: special
// files (never opened), files over MaxFileSize and, with a boundary, files
// that resolve outside it (a symlink out of the repository), which are not
// read at all.
func readSource(path string, b fsys.FS) ([]byte, *lint.Diagnostic) {
	at := &hcl.Range{Filename: path, Start: hcl.InitialPos, End: hcl.InitialPos}
	fail := func(sev lint.DiagSeverity, summary, detail string) *lint.Diagnostic {
		return &lint.Diagnostic{Severity: sev, Summary: summary, Detail: detail, Subject: at}
	}
	fh, info, err := b.Open(path)
	switch {
	case errors.Is(err, confine.ErrOutside):
		return nil, fail(lint.DiagError, "File outside the repository", path+" resolves to a file outside the repository (a symbolic link); it was not read")
	case errors.Is(err, confine.ErrNotRegular):
		return nil, fail(lint.DiagError, "Not a regular file", "configuration files must be regular files")
	case err != nil:
		return nil, fail(lint.DiagError, "Cannot read file", err.Error())
	}
	defer func() { _ = fh.Close() }()
	if info.Size() > MaxFileSize {
		return nil, fail(lint.DiagError, "File too large", fmt.Sprintf("%d bytes is over the limit of %d bytes; the file was not scanned", info.Size(), MaxFileSize))
	}
	// Sized from the file's length, so that reading does not grow the buffer
	// step by step; a file that grew meanwhile is still capped.
	buf := bytes.NewBuffer(make([]byte, 0, min(info.Size(), MaxFileSize)+bytes.MinRead))
	_, err = buf.ReadFrom(io.LimitReader(fh, MaxFileSize+1))
	src := buf.Bytes()
	if err != nil {
		return nil, fail(lint.DiagError, "Cannot read file", err.Error())
	}
	if len(src) > MaxFileSize {
		return nil, fail(lint.DiagError, "File too large", fmt.Sprintf("the file grew over the limit of %d bytes while it was read; it was not scanned", MaxFileSize))
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return src, fail(lint.DiagInfo, "Empty file", "the file holds no configuration")
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return nil, fail(lint.DiagError, "Binary file", fmt.Sprintf("byte %d is NUL: this is not a text file, so it was not scanned", i))
	}
	if !utf8.Valid(src) {
		pos := posOfInvalidUTF8(src)
		at.Start, at.End = pos, pos
		return nil, fail(lint.DiagError, "Invalid UTF-8", "Terraform files must be UTF-8 text; the file was not scanned")
	}
	return src, nil
}

func posOfInvalidUTF8(src []byte) hcl.Pos {
	pos := hcl.InitialPos
	for len(src) > 0 {
		r, n := utf8.DecodeRune(src)
		if r == utf8.RuneError && n <= 1 {
			return pos
		}
		pos.Byte += n
		if r == '\n' {
			pos.Line++
			pos.Column = 1
		} else {
			pos.Column++
		}
		src = src[n:]
	}
	return pos
}

func (p *parser) parseFile(path string) (*hcl.File, []lint.Diagnostic, int) {
	r, ok := p.pre.take(path)
	if !ok {
		r.src, r.diag = readSource(path, p.b)
	}
	var diags []lint.Diagnostic
	if r.diag != nil {
		diags = append(diags, *r.diag)
	}
	if r.src == nil {
		return nil, diags, 0
	}
	p.noteSource(path, r.src)
	f, hd := p.shared.parse(r.src, path)
	diags = append(diags, hd...)
	return f, diags, len(r.src)
}

// parseSource parses a configuration or variables file in the syntax its
// name says, once it is known not to nest deeper than the parser can go.
func parseSource(src []byte, path string) (*hcl.File, []lint.Diagnostic) {
	isJSON := isJSONFile(path)
	if d := nestingDiag(src, path, isJSON); d != nil {
		return nil, []lint.Diagnostic{*d}
	}
	var (
		f     *hcl.File
		hd    hcl.Diagnostics
		diags []lint.Diagnostic
	)
	if isJSON {
		if bytes.HasPrefix(src, utf8BOM) {
			// HCL's JSON parser (and so Terraform) reads a byte order mark
			// as an invalid token and rejects the file with two errors that
			// do not say why. Say it once, and scan the rest of the file.
			at := hcl.Range{Filename: path, Start: hcl.InitialPos, End: hcl.Pos{Line: 1, Column: 2, Byte: len(utf8BOM)}}
			diags = append(diags, lint.Diagnostic{Severity: lint.DiagError, Summary: "Byte order mark in JSON file",
				Detail: "the file starts with a UTF-8 byte order mark, which Terraform's JSON parser rejects; remove it (tenantlint scanned the file without it)", Subject: &at})
			src = append(bytes.Repeat([]byte(" "), len(utf8BOM)), src[len(utf8BOM):]...)
		}
		f, hd = hcljson.Parse(src, path)
	} else {
		f, hd = hclsyntax.ParseConfig(src, path, hcl.InitialPos)
	}
	return f, append(diags, fromHCL(hd, lint.DiagError)...)
}

var utf8BOM = []byte("\xef\xbb\xbf")

// isJSONFile says whether a configuration file is in JSON syntax
// (.tf.json, .tofu.json, .tfvars.json) rather than native syntax.
func isJSONFile(path string) bool { return strings.HasSuffix(path, ".json") }

// nestingDiag refuses a file that nests deeper than limits.MaxNesting: HCL's
// parser and evaluator recurse once per level and would overflow the stack,
// which no recover can catch.
func nestingDiag(src []byte, path string, isJSON bool) *lint.Diagnostic {
	var (
		off int
		why limits.Reason
	)
	if isJSON {
		off, why = limits.CheckJSON(src, limits.MaxNesting)
	} else {
		off, why = limits.CheckNative(src, limits.MaxNesting, false)
	}
	if off < 0 {
		return nil
	}
	pos := limits.Pos(src, off)
	var summary string
	switch why {
	case limits.ReasonNesting:
		summary = "Nesting too deep"
	case limits.ReasonTemplate:
		summary = "Template too large"
	case limits.ReasonJSONFor:
		summary = "Nested for expressions in JSON syntax"
	}
	return &lint.Diagnostic{
		Severity: lint.DiagError,
		Summary:  summary,
		Detail:   why.Describe(limits.MaxNesting) + "; the file was not scanned",
		Subject:  &hcl.Range{Filename: path, Start: pos, End: pos},
	}
}

// fromHCL turns HCL diagnostics into lint diagnostics; errors take errSev.
func fromHCL(hd hcl.Diagnostics, errSev lint.DiagSeverity) []lint.Diagnostic {
	out := make([]lint.Diagnostic, 0, len(hd))
	for _, d := range hd {
		sev := errSev
		if d.Severity == hcl.DiagWarning {
			sev = lint.DiagWarning
		}
		out = append(out, lint.Diagnostic{Severity: sev, Summary: d.Summary, Detail: d.Detail, Subject: d.Subject})
	}
	return out
}

// exists says whether a path names anything (a folder, a file, a link).
func exists(f fsys.FS, path string) bool {
	_, err := f.Lstat(path)
	return !errors.Is(err, fs.ErrNotExist)
}

// listing is what configFiles returned for a folder.
type listing struct {
	primary, overrides []string
	root               rootFiles
	diags              []lint.Diagnostic
	ok                 bool
}

// rootFiles are what a folder's listing says of the files it reads when it
// is a root module, so that a root neither lists it again nor asks for files
// it does not hold.
type rootFiles struct {
	// varFiles are the names of the files a root module reads its
	// variables from that the folder holds, in the order Terraform reads
	// them: terraform.tfvars, terraform.tfvars.json, then the
	// *.auto.tfvars(.json) files by name.
	varFiles []string
	// dotTerraform and lockFile say that the folder has an entry named
	// .terraform (terraform init's folder: the module manifest) or
	// .terraform.lock.hcl.
	dotTerraform, lockFile bool
}

// listFiles is configFiles, keeping the answer for the folder's parse
// (takeListing): the first pass lists every folder, and the parse would
// otherwise list it again.
func (p *parser) listFiles(dir, abs string) listing {
	l := p.configFiles(dir)
	p.mu.Lock()
	p.listed[abs] = l
	p.mu.Unlock()
	return l
}

// takeListing returns the folder's files as the first pass listed them, or
// lists them now when it did not (or a parse already took its listing: a
// folder parsed again after the cache dropped it is listed again).
func (p *parser) takeListing(dir string) listing {
	abs := p.wd.AbsOr(dir)
	p.mu.Lock()
	l, found := p.listed[abs]
	delete(p.listed, abs)
	p.mu.Unlock()
	if !found {
		return p.configFiles(dir)
	}
	return l
}

// configFiles lists a module folder's configuration files, primary and
// override, sorted by name, and its variable files; ok is false when the
// folder is not to be read (outside the boundary, not a folder, unreadable:
// the diagnostic says why).
func (p *parser) configFiles(dir string) listing {
	if _, inside := p.b.Inside(dir); !inside {
		// A module folder that is a symlink out of the repository: nothing
		// in it is read. The module call that names it says so.
		return listing{}
	}
	if info, err := p.b.Stat(dir); err == nil && !info.IsDir() {
		// Opening a FIFO to list it would wait for a writer forever.
		return listing{diags: []lint.Diagnostic{{Severity: lint.DiagError, Summary: "Cannot read module folder", Detail: dir + " is not a folder", Subject: &hcl.Range{Filename: dir}}}}
	}
	entries, err := p.b.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return listing{}
	}
	if err != nil {
		return listing{diags: []lint.Diagnostic{{Severity: lint.DiagError, Summary: "Cannot read module folder", Detail: err.Error(), Subject: &hcl.Range{Filename: dir}}}}
	}
	l := listing{ok: true}
	var names, auto []string
	for _, e := range entries {
		switch name := e.Name(); {
		case name == ".terraform":
			l.root.dotTerraform = true
		case name == ".terraform.lock.hcl":
			l.root.lockFile = true
		case rootVarFile[name]:
			l.root.varFiles = append(l.root.varFiles, name) // of any type: loadRootVars decides
		case e.IsDir():
		case isConfigFile(name):
			names = append(names, name)
		case strings.HasSuffix(name, ".auto.tfvars") || strings.HasSuffix(name, ".auto.tfvars.json"):
			auto = append(auto, name)
		}
	}
	for _, name := range tofuShadowed(names) {
		if isOverride(name) {
			l.overrides = append(l.overrides, name)
		} else {
			l.primary = append(l.primary, name)
		}
	}
	sort.Strings(l.primary)
	sort.Strings(l.overrides)
	sort.Strings(l.root.varFiles) // terraform.tfvars before terraform.tfvars.json
	sort.Strings(auto)
	l.root.varFiles = append(l.root.varFiles, auto...)
	return l
}

// rootVarFile are the variable files a root module reads by name.
var rootVarFile = map[string]bool{"terraform.tfvars": true, "terraform.tfvars.json": true}

func (p *parser) parseModule(dir string) *moduleConfig {
	cfg := &moduleConfig{
		dir:        dir,
		variables:  map[string]*variableDecl{},
		locals:     map[string]*hcl.Attribute{},
		outputs:    map[string]*outputDecl{},
		byAddr:     map[string]*resourceDecl{},
		callByName: map[string]*callDecl{},
		accessed:   map[string]bool{},
		accessedOn: map[string]map[string]bool{},
	}
	l := p.takeListing(dir)
	cfg.rootFiles = l.root
	cfg.diags = append(cfg.diags, l.diags...)
	if !l.ok {
		// Only a module call names a folder that is not there: the call
		// says so, once (see child).
		cfg.absent = l.diags == nil && !exists(p.b, dir)
		return cfg
	}
	cfg.hasFiles = len(l.primary)+len(l.overrides) > 0
	for _, name := range l.primary {
		f, d, n := p.parseFile(filepath.Join(dir, name))
		cfg.diags = append(cfg.diags, d...)
		cfg.srcBytes += int64(n)
		if f != nil {
			cfg.addFile(f, false)
		}
	}
	for _, name := range l.overrides {
		f, d, n := p.parseFile(filepath.Join(dir, name))
		cfg.diags = append(cfg.diags, d...)
		cfg.srcBytes += int64(n)
		if f != nil {
			cfg.addFile(f, true)
		}
	}
	cfg.validate()
	scopedHolds := cfg.addHeldNames()
	// A traversal whose root names no resource of this module reads an
	// iterator or a for-expression variable (v.hex): its names are generic.
	for key, names := range cfg.accessedOn {
		if _, isResource := cfg.byAddr[key]; isResource {
			continue
		}
		root, attr, ok := strings.Cut(key, ".")
		if _, isScoped := cfg.scoped[root]; isScoped && !scopedHolds[root] {
			delete(cfg.accessedOn, key)
			continue
		}
		if ok && root != "data" {
			cfg.accessed[attr] = true
		}
		for n := range names {
			cfg.accessed[n] = true
		}
		delete(cfg.accessedOn, key)
	}
	cfg.scoped = nil
	return cfg
}

func (cfg *moduleConfig) errorf(summary, detail string, rng hcl.Range) {
	r := rng
	cfg.diags = append(cfg.diags, lint.Diagnostic{Severity: lint.DiagError, Summary: summary, Detail: detail, Subject: &r})
}

func (cfg *moduleConfig) addFile(f *hcl.File, override bool) {
	cfg.overridden = cfg.overridden || override
	cfg.collectAccessed(f.Body)
	c, _, hd := f.Body.PartialContent(fileSchema)
	cfg.diags = append(cfg.diags, fromHCL(hd, lint.DiagError)...)
	if c == nil {
		return
	}
	for _, blk := range c.Blocks {
		switch blk.Type {
		case "variable":
			cfg.addVariable(blk, override)
		case "locals":
			attrs, hd := blk.Body.JustAttributes()
			cfg.diags = append(cfg.diags, fromHCL(hd, lint.DiagError)...)
			names := make([]string, 0, len(attrs))
			for n := range attrs {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, n := range names {
				if prev, dup := cfg.locals[n]; dup && !override {
					cfg.errorf("Duplicate local value definition", fmt.Sprintf("local.%s was already defined at %s", n, prev.Range), attrs[n].Range)
					continue
				}
				cfg.locals[n] = attrs[n]
			}
		case "output":
			cfg.addOutput(blk, override)
		case "resource", "data":
			cfg.addResource(blk, override)
		case "module":
			cfg.addCall(blk, override)
		case "terraform":
			cfg.addTerraform(blk)
		case "ephemeral":
			cfg.addEphemeral(blk, override)
		}
		cfg.keepForValidation(blk)
	}
}

// badIdentifierDetail explains a label that Terraform would reject.
const badIdentifierDetail = "A name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes."

// validLabels checks the labels of a block that become names and addresses,
// as Terraform does: each must be an identifier. An invalid one is an error
// at the label, and the block is to be skipped. what names each label in the
// summary ("resource type", "resource").
func (cfg *moduleConfig) validLabels(blk *hcl.Block, what ...string) bool {
	ok := true
	for i, label := range blk.Labels {
		if i >= len(what) || validIdentifier(label) {
			continue
		}
		rng := blk.DefRange
		if i < len(blk.LabelRanges) {
			rng = blk.LabelRanges[i]
		}
		cfg.errorf("Invalid "+what[i]+" name", badIdentifierDetail, rng)
		ok = false
	}
	return ok
}

func (cfg *moduleConfig) addVariable(blk *hcl.Block, override bool) {
	if !cfg.validLabels(blk, "variable") {
		return
	}
	name := blk.Labels[0]
	v := cfg.variables[name]
	if v == nil {
		if override {
			cfg.errorf("Missing base variable declaration to override", "there is no variable named "+name, blk.DefRange)
			return
		}
		v = &variableDecl{name: name, rng: blk.DefRange, nullable: true, ty: cty.DynamicPseudoType}
		cfg.variables[name] = v
		cfg.varOrder = append(cfg.varOrder, name)
	} else if !override {
		cfg.errorf("Duplicate variable declaration", "variable "+name+" was already declared at "+v.rng.String(), blk.DefRange)
		return
	}
	c, _, hd := blk.Body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "default"}, {Name: "type"}, {Name: "sensitive"}, {Name: "nullable"},
	}})
	cfg.diags = append(cfg.diags, fromHCL(hd, lint.DiagError)...)
	if a, ok := c.Attributes["default"]; ok {
		v.def = a
	}
	if a, ok := c.Attributes["type"]; ok {
		v.ty, v.defaults = cfg.typeConstraint(a.Expr)
	}
	if a, ok := c.Attributes["sensitive"]; ok {
		if b, d := a.Expr.Value(nil); !d.HasErrors() && b.Type() == cty.Bool && b.IsKnown() && !b.IsNull() {
			v.sensitive = b.True()
		}
	}
	if a, ok := c.Attributes["nullable"]; ok {
		if b, d := a.Expr.Value(nil); !d.HasErrors() && b.Type() == cty.Bool && b.IsKnown() && !b.IsNull() {
			v.nullable = b.True()
		}
	}
}

func (cfg *moduleConfig) addOutput(blk *hcl.Block, override bool) {
	if !cfg.validLabels(blk, "output") {
		return
	}
	name := blk.Labels[0]
	c, _, _ := blk.Body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "value"}, {Name: "sensitive"}}})
	o := cfg.outputs[name]
	if o == nil {
		o = &outputDecl{name: name}
		cfg.outputs[name] = o
	} else if !override {
		cfg.errorf("Duplicate output definition", "output "+name+" is defined twice", blk.DefRange)
		return
	}
	if a, ok := c.Attributes["value"]; ok {
		o.expr = a.Expr
	}
	if a, ok := c.Attributes["sensitive"]; ok {
		if b, d := a.Expr.Value(nil); !d.HasErrors() && b.Type() == cty.Bool && b.IsKnown() && !b.IsNull() {
			o.sensitive = b.True()
		}
	}
}

func (cfg *moduleConfig) addResource(blk *hcl.Block, override bool) {
	if blk.Type == "data" {
		if !cfg.validLabels(blk, "data source type", "data source") {
			return
		}
	} else if !cfg.validLabels(blk, "resource type", "resource") {
		return
	}
	r := &resourceDecl{typ: blk.Labels[0], name: blk.Labels[1], data: blk.Type == "data", defRange: blk.DefRange, body: body{base: blk.Body}}
	r.provider, _, _ = strings.Cut(r.typ, "_")
	var providerExpr hcl.Expression
	if sb, ok := blk.Body.(*hclsyntax.Body); ok {
		// Native syntax: read the attribute without PartialContent's copy.
		if a, ok := sb.Attributes["provider"]; ok {
			providerExpr = a.Expr
		}
	} else if c, _, _ := blk.Body.PartialContent(providerMetaSchema); c != nil {
		if a, ok := c.Attributes["provider"]; ok {
			providerExpr = a.Expr
		}
	}
	if providerExpr != nil {
		if tr, d := hcl.AbsTraversalForExpr(providerExpr); !d.HasErrors() && len(tr) > 0 {
			r.provider = tr.RootName()
		}
	}
	if sb, ok := blk.Body.(*hclsyntax.Body); ok {
		r.rng = hcl.RangeBetween(blk.DefRange, sb.SrcRange)
	} else {
		r.rng = blk.DefRange
	}
	if prev, ok := cfg.byAddr[r.key()]; ok {
		if override {
			prev.body.overrides = append(prev.body.overrides, blk.Body)
			prev.refresh(cfg)
			return
		}
		cfg.errorf("Duplicate resource configuration", fmt.Sprintf("%s was already declared at %s", r.key(), prev.defRange), blk.DefRange)
		return
	}
	if override {
		cfg.errorf("Missing resource to override", "there is no "+r.key()+" to override", blk.DefRange)
		return
	}
	r.refresh(cfg)
	cfg.byAddr[r.key()] = r
	cfg.resources = append(cfg.resources, r)
}

func (r *resourceDecl) refresh(cfg *moduleConfig) {
	c, hd := r.body.read()
	cfg.diags = append(cfg.diags, fromHCL(hd, lint.DiagError)...)
	r.content = c
	r.count = c.attr("count")
	r.forEach = c.attr("for_each")
}

func (cfg *moduleConfig) addCall(blk *hcl.Block, override bool) {
	if !cfg.validLabels(blk, "module instance") {
		return
	}
	name := blk.Labels[0]
	prev := cfg.callByName[name]
	if prev != nil && !override {
		cfg.errorf("Duplicate module call", "module "+name+" is called twice", blk.DefRange)
		return
	}
	if prev == nil && override {
		cfg.errorf("Missing module call to override", "there is no module "+name+" to override", blk.DefRange)
		return
	}
	c, hd := rawContent(blk.Body)
	cfg.diags = append(cfg.diags, fromHCL(hd, lint.DiagError)...)
	call := prev
	if call == nil {
		call = &callDecl{name: name, defRange: blk.DefRange, rng: blockRange(blk), inputs: map[string]*hcl.Attribute{}}
	}
	for _, a := range c.attrs {
		switch a.Name {
		case "source", "version":
			v, d := a.Expr.Value(nil)
			if d.HasErrors() || v.Type() != cty.String || !v.IsKnown() || v.IsNull() {
				cfg.errorf("Invalid module "+a.Name, "the module "+a.Name+" must be a literal string", a.Expr.Range())
				continue
			}
			if a.Name == "source" {
				call.source, call.sourceAt = v.AsString(), a.Expr.Range()
			} else {
				call.version, call.versionAt = v.AsString(), a.Expr.Range()
			}
		case "count":
			call.count = a
		case "for_each":
			call.forEach = a
		case "providers", "depends_on":
		default:
			call.inputs[a.Name] = a
		}
	}
	if prev == nil {
		cfg.callByName[name] = call
		cfg.calls = append(cfg.calls, call)
	}
}

// notResource are the root names that never name a resource type.
var notResource = map[string]bool{"var": true, "local": true, "module": true, "data": true, "count": true, "each": true, "path": true, "terraform": true, "self": true}

// collectAccessed records the attribute names that expressions access. On
// the same walk, it instruments the expressions (see instrument).
func (cfg *moduleConfig) collectAccessed(b hcl.Body) {
	sb, ok := b.(*hclsyntax.Body)
	if !ok {
		return
	}
	var each *eachReads // of the top-level block being walked, if it has a for_each
	visit := func(n hclsyntax.Node) {
		limits.InstrumentNode(n)
		switch e := n.(type) {
		case *hclsyntax.Block:
			if e.Type == "dynamic" && len(e.Labels) == 1 {
				cfg.noteDynamic(e, each)
			}
		case *hclsyntax.FunctionCallExpr:
			cfg.noteProviderFunc(e.Name)
			cfg.validateCall(e)
		case *hclsyntax.ForExpr:
			keepKnownParts(e)
			cfg.noteScoped(e.KeyVar, e.CollExpr, each)
			cfg.noteScoped(e.ValVar, e.CollExpr, each)
		case *hclsyntax.ScopeTraversalExpr:
			tr := e.Traversal
			root := tr.RootName()
			skip := 1
			key := ""
			switch {
			case root == "data" && len(tr) > 2:
				key, skip = "data."+stepName(tr, 1)+"."+stepName(tr, 2), 3
			case !notResource[root] && len(tr) > 1:
				key, skip = root+"."+stepName(tr, 1), 2
			}
			if key != "" {
				set := cfg.accessedOn[key]
				if set == nil {
					set = map[string]bool{}
					cfg.accessedOn[key] = set
				}
				addAttrNames(set, tr[skip:])
				return
			}
			// The names read after the value a root names (local.x.arn reads
			// arn): a resource of this module may flow there. A variable
			// never holds one (its value comes from the caller, which cannot
			// name this module's resources), nor do count, path, terraform
			// or self; module.m.out.arn may (an input handed back).
			from := 0
			switch root {
			case "local":
				if len(tr) > 2 {
					cfg.noteViaLocal(stepName(tr, 1), tr[2:])
				}
			case "each":
				if each != nil && stepName(tr, 1) == "value" {
					addAttrNames(each.names, tr[min(2, len(tr)):])
				} else {
					from = 2
				}
			case "module":
				cfg.noteViaModule(tr)
				from = 3
			}
			if from > 0 {
				addAttrNames(cfg.accessed, tr[min(from, len(tr)):])
			}
		case *hclsyntax.RelativeTraversalExpr:
			addAttrNames(cfg.accessed, e.Traversal)
		}
	}
	// The body's arguments, then each top-level block, as a walk of the
	// body would visit them, knowing which block each node is in.
	syntaxwalk.Nodes(sb.Attributes, visit)
	for _, blk := range sb.Blocks {
		each = nil
		if fe, ok := blk.Body.Attributes["for_each"]; ok {
			each = &eachReads{forEach: fe.Expr, names: map[string]bool{}}
			cfg.viaEach = append(cfg.viaEach, each)
		}
		syntaxwalk.Nodes(blk, visit)
	}
}

// addAttrNames adds to set the attribute names steps read (not indexes).
func addAttrNames(set map[string]bool, steps hcl.Traversal) {
	for _, step := range steps {
		if a, ok := step.(hcl.TraverseAttr); ok {
			set[a.Name] = true
		}
	}
}

// instrument makes the for expressions, function calls and templates of a
// native file count against the evaluating root's budget.
func instrument(b hcl.Body) {
	if sb, ok := b.(*hclsyntax.Body); ok {
		limits.Instrument(sb)
	}
}

// typeConstraint reads a variable's type; in JSON syntax it is a string
// holding the native expression.
func (cfg *moduleConfig) typeConstraint(expr hcl.Expression) (cty.Type, *typeexpr.Defaults) {
	if _, native := expr.(hclsyntax.Expression); !native {
		v, d := expr.Value(nil)
		if d.HasErrors() || v.Type() != cty.String || !v.IsKnown() || v.IsNull() {
			cfg.errorf("Invalid type constraint", "a type constraint in JSON syntax must be a string", expr.Range())
			return cty.DynamicPseudoType, nil
		}
		text := []byte(v.AsString())
		if off, why := limits.CheckNative(text, limits.MaxNesting, false); off >= 0 {
			cfg.errorf("Invalid type constraint", "in the type constraint, "+why.Describe(limits.MaxNesting), expr.Range())
			return cty.DynamicPseudoType, nil
		}
		parsed, hd := hclsyntax.ParseExpression(text, expr.Range().Filename, expr.Range().Start)
		if hd.HasErrors() {
			cfg.diags = append(cfg.diags, fromHCL(hd, lint.DiagError)...)
			return cty.DynamicPseudoType, nil
		}
		expr = parsed
	}
	if ty, ok := cfg.quotedType(expr); ok {
		return ty, nil
	}
	ty, defaults, hd := typeexpr.TypeConstraintWithDefaults(expr)
	if hd.HasErrors() {
		cfg.diags = append(cfg.diags, fromHCL(hd, lint.DiagError)...)
		return cty.DynamicPseudoType, nil
	}
	return ty, defaults
}

var providerMetaSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "provider"}}}

var terraformSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "required_providers"}}}

// addTerraform reads the version constraints of required_providers: each
// entry is a constraint string (the old form) or an object with a version.
// Terraform allows no references there, so the expressions are evaluated
// without a context; one that is not a literal is left out.
func (cfg *moduleConfig) addTerraform(blk *hcl.Block) {
	c, _, _ := blk.Body.PartialContent(terraformSchema)
	if c == nil {
		return
	}
	for _, rp := range c.Blocks {
		attrs, _ := rp.Body.JustAttributes()
		for name, a := range attrs {
			v, d := a.Expr.Value(nil)
			if d.HasErrors() || !v.IsWhollyKnown() || v.IsNull() {
				continue
			}
			var constraint cty.Value
			switch {
			case v.Type() == cty.String:
				constraint = v
			case v.Type().IsObjectType() && v.Type().HasAttribute("version"):
				constraint = v.GetAttr("version")
			default:
				continue
			}
			if constraint.Type() != cty.String || constraint.IsNull() {
				continue
			}
			if cfg.required == nil {
				cfg.required = map[string][]string{}
			}
			cfg.required[name] = append(cfg.required[name], constraint.AsString())
		}
	}
}

// validIdentifier is hclsyntax.ValidIdentifier with a fast path for the
// ASCII names nearly every label is (the full check runs HCL's scanner).
func validIdentifier(s string) bool {
	ascii := s != ""
	for i := 0; i < len(s) && ascii; i++ {
		c := s[i]
		switch {
		case c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case i > 0 && (c == '-' || '0' <= c && c <= '9'):
		default:
			ascii = false
		}
	}
	return ascii || hclsyntax.ValidIdentifier(s)
}
