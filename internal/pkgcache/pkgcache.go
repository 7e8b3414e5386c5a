// Package pkgcache keeps what each analyzer produced on each package, so
// that a run after a change analyses only the packages whose files, or
// whose dependencies' files, changed: for the others, the analyzer's
// diagnostics, facts and result are read from the result cache
// (internal/resultcache) and handed to the checker and the whole-program
// steps as if the analyzer had run.
//
// A package's key hashes, like the go command's action IDs, what its
// analysis depends on: the run's salt (the executable, the go command's
// settings, the rule set, the enabled checks), the analyzer, the package's
// ID, path, name and Go version, the name and content of each of its
// files, and for each import either that package's key (a package of the
// program) or its export data file, which the go command names by its
// content. A package that did not load or type-check cleanly, or imports
// one, has no key and is always analysed.
//
// Results hold go/types objects and positions; the codec (codec.go) writes
// them by name and reads them back against the run's own types and file
// set. An entry is stored only if it reads back equal to what the analyzer
// produced, so what is read on a later run is what the analyzer would have
// said.
package pkgcache

import (
	"crypto/sha256"
	"fmt"
	"go/token"
	"go/types"
	"os"
	"reflect"
	"sort"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/boundcheck/boundcheck/internal/resultcache"
)

// format changes whenever the entries or their keys do.
const format = "boundcheck package entry 1"

// A Cache serves the analyzers of one run.
type Cache struct {
	store *resultcache.Cache
	salt  [32]byte
	fset  *token.FileSet
	keys  map[*types.Package][32]byte

	othersOnce sync.Once
	others     map[string]*token.File

	hits, runs, unstorable atomic.Int64
}

// New returns the cache of a run: store holds the entries, salt hashes
// what every package's analysis depends on besides its own files and
// imports, and pkgs are the packages loaded into fset, with their imports.
func New(store *resultcache.Cache, salt [32]byte, fset *token.FileSet, pkgs []*packages.Package) *Cache {
	c := &Cache{store: store, salt: salt, fset: fset, keys: make(map[*types.Package][32]byte)}
	k := keyer{fset: fset, done: make(map[*packages.Package]*[32]byte)}
	for _, p := range pkgs {
		k.key(p)
	}
	// The imports loaded from source too: the analyzers run on them for
	// their facts.
	for p, key := range k.done {
		if key != nil {
			c.keys[p.Types] = *key
		}
	}
	return c
}

type keyer struct {
	fset *token.FileSet
	done map[*packages.Package]*[32]byte
}

// key returns p's key, nil if it has none.
func (k *keyer) key(p *packages.Package) *[32]byte {
	if key, ok := k.done[p]; ok {
		return key
	}
	k.done[p] = nil // an import cycle, which the go command refuses, has no key
	if p.Types == nil || p.IllTyped || len(p.Errors) > 0 || len(p.TypeErrors) > 0 || len(p.Syntax) != len(p.CompiledGoFiles) {
		return nil
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00id %s\x00path %s\x00name %s\x00", format, p.ID, p.PkgPath, p.Name)
	if p.Module != nil {
		fmt.Fprintf(h, "go %s\x00", p.Module.GoVersion)
	}
	for i, name := range p.CompiledGoFiles {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil
		}
		// A file that changed since it was parsed would give its old
		// results a new key.
		if f := k.fset.File(p.Syntax[i].FileStart); f == nil || f.Size() != len(data) {
			return nil
		}
		fmt.Fprintf(h, "file %s %x\x00", name, sha256.Sum256(data))
	}
	paths := make([]string, 0, len(p.Imports))
	for path := range p.Imports {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		imp := p.Imports[path]
		switch {
		case imp.PkgPath == "unsafe" || imp.ID == "C":
			fmt.Fprintf(h, "import %s\x00", path)
		case imp.Syntax != nil && imp.TypesInfo != nil:
			key := k.key(imp)
			if key == nil {
				return nil
			}
			fmt.Fprintf(h, "import %s %x\x00", path, *key)
		case imp.ExportFile != "":
			fmt.Fprintf(h, "import %s export %s\x00", path, imp.ExportFile)
		default:
			return nil
		}
	}
	var key [32]byte
	copy(key[:], h.Sum(nil))
	k.done[p] = &key
	return &key
}

// Stats says how many analyses were read from the cache (Hits) and how many
// ran (Runs), of which Unstorable could not be stored.
type Stats struct {
	Hits, Runs, Unstorable int
}

// Stats returns the counts so far.
func (c *Cache) Stats() Stats {
	return Stats{Hits: int(c.hits.Load()), Runs: int(c.runs.Load()), Unstorable: int(c.unstorable.Load())}
}

// Wrap makes a's Run read its diagnostics, facts and result from the cache
// when the package's entry is there, and store them when it is not.
func (c *Cache) Wrap(a *analysis.Analyzer) {
	run := a.Run
	if run == nil {
		return
	}
	a.Run = func(pass *analysis.Pass) (any, error) {
		pkgKey, ok := c.keys[pass.Pkg]
		if !ok {
			c.runs.Add(1)
			return run(pass)
		}
		h := sha256.New()
		fmt.Fprintf(h, "%x\x00analyzer %s\x00%x", c.salt, a.Name, pkgKey)
		var key [32]byte
		copy(key[:], h.Sum(nil))
		env := c.env(pass)
		if data, ok := c.store.Get(key); ok {
			if e, err := c.read(env, a, data); err == nil {
				e.apply(pass)
				c.hits.Add(1)
				return e.result, nil
			}
		}
		c.runs.Add(1)
		var diags []analysis.Diagnostic
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			diags = append(diags, d)
			report(d)
		}
		res, err := run(pass)
		pass.Report = report
		if err != nil {
			return res, err
		}
		e := &entry{diagnostics: diags, result: res}
		for _, f := range pass.AllObjectFacts() {
			if f.Object.Pkg() == pass.Pkg {
				e.objFacts = append(e.objFacts, f)
			}
		}
		for _, f := range pass.AllPackageFacts() {
			if f.Package == pass.Pkg {
				e.pkgFacts = append(e.pkgFacts, f.Fact)
			}
		}
		if data, err := c.write(env, a, e); err == nil {
			_ = c.store.Put(key, data) // what cannot be stored is analysed again
		} else {
			c.unstorable.Add(1)
		}
		return res, nil
	}
}

// env returns the codec's view of pass's package.
func (c *Cache) env(pass *analysis.Pass) *env {
	own := make(map[string]*token.File, len(pass.Files))
	for _, f := range pass.Files {
		if tf := c.fset.File(f.FileStart); tf != nil {
			own[tf.Name()] = tf
		}
	}
	return &env{pkg: pass.Pkg, info: pass.TypesInfo, fset: c.fset, own: own, others: c.otherFiles}
}

// otherFiles returns the file set's files by name, nil for a name that
// several files share (a file parsed for a package and for its test
// variant).
func (c *Cache) otherFiles() map[string]*token.File {
	c.othersOnce.Do(func() {
		c.others = make(map[string]*token.File)
		c.fset.Iterate(func(f *token.File) bool {
			if _, ok := c.others[f.Name()]; ok {
				c.others[f.Name()] = nil
			} else {
				c.others[f.Name()] = f
			}
			return true
		})
	})
	return c.others
}

// An entry is what one analyzer produced on one package.
type entry struct {
	diagnostics []analysis.Diagnostic
	objFacts    []analysis.ObjectFact
	pkgFacts    []analysis.Fact
	result      any
}

var tDiagnostics = reflect.TypeFor[[]analysis.Diagnostic]()

// write encodes e, and returns it only if it reads back equal to e.
func (c *Cache) write(env *env, a *analysis.Analyzer, e *entry) ([]byte, error) {
	enc := &encoder{env: env}
	enc.string(format)
	if err := enc.value(reflect.ValueOf(e.diagnostics)); err != nil {
		return nil, err
	}
	enc.uint(uint64(len(e.pkgFacts)))
	for _, f := range e.pkgFacts {
		if err := enc.fact(a, f); err != nil {
			return nil, err
		}
	}
	enc.uint(uint64(len(e.objFacts)))
	for _, f := range e.objFacts {
		if err := enc.object(f.Object); err != nil {
			return nil, err
		}
		if err := enc.fact(a, f.Fact); err != nil {
			return nil, err
		}
	}
	if a.ResultType != nil {
		v := reflect.New(a.ResultType).Elem()
		if e.result != nil {
			v.Set(reflect.ValueOf(e.result))
		}
		if err := enc.value(v); err != nil {
			return nil, err
		}
	} else if e.result != nil {
		return nil, notStorable("a result with no result type")
	}
	back, err := c.read(env, a, enc.buf)
	if err != nil || !e.equal(back) {
		return nil, notStorable("it does not read back the same: %v", err)
	}
	return enc.buf, nil
}

// fact writes a fact: its index in a's FactTypes, then its value.
func (e *encoder) fact(a *analysis.Analyzer, f analysis.Fact) error {
	for i, t := range a.FactTypes {
		if reflect.TypeOf(t) == reflect.TypeOf(f) {
			e.uint(uint64(i))
			return e.value(reflect.ValueOf(f))
		}
	}
	return notStorable("fact type %T", f)
}

func (d *decoder) fact(a *analysis.Analyzer) analysis.Fact {
	i := d.uint()
	if i >= uint64(len(a.FactTypes)) {
		panic(errCorrupt)
	}
	v := reflect.New(reflect.TypeOf(a.FactTypes[i])).Elem()
	d.value(v)
	f, ok := v.Interface().(analysis.Fact)
	if !ok || v.IsNil() {
		panic(errCorrupt)
	}
	return f
}

// read decodes an entry written by write.
func (c *Cache) read(env *env, a *analysis.Analyzer, data []byte) (e *entry, err error) {
	defer catch(&err)
	d := &decoder{env: env, data: data}
	if d.string() != format {
		return nil, errCorrupt
	}
	e = new(entry)
	dv := reflect.New(tDiagnostics).Elem()
	d.value(dv)
	e.diagnostics = dv.Interface().([]analysis.Diagnostic)
	n := d.count()
	for range n {
		e.pkgFacts = append(e.pkgFacts, d.fact(a))
	}
	n = d.count()
	for range n {
		obj := d.object(nil)
		if obj.Pkg() != env.pkg {
			return nil, errCorrupt
		}
		e.objFacts = append(e.objFacts, analysis.ObjectFact{Object: obj, Fact: d.fact(a)})
	}
	if a.ResultType != nil {
		v := reflect.New(a.ResultType).Elem()
		d.value(v)
		e.result = v.Interface()
	}
	if len(d.data) != 0 {
		return nil, errCorrupt
	}
	return e, nil
}

// equal reports whether e and o hold the same diagnostics, facts and
// result, objects compared by identity.
func (e *entry) equal(o *entry) bool {
	return reflect.DeepEqual(e.diagnostics, o.diagnostics) &&
		reflect.DeepEqual(e.pkgFacts, o.pkgFacts) &&
		reflect.DeepEqual(e.objFacts, o.objFacts) &&
		reflect.DeepEqual(e.result, o.result)
}

// apply hands the entry's facts and diagnostics to pass, as the analyzer
// would have.
func (e *entry) apply(pass *analysis.Pass) {
	for _, f := range e.pkgFacts {
		pass.ExportPackageFact(f)
	}
	for _, f := range e.objFacts {
		pass.ExportObjectFact(f.Object, f.Fact)
	}
	for _, d := range e.diagnostics {
		pass.Report(d)
	}
}
