/* Material's search worker, given the lunr index prebuilt at build time.
 *
 * Material's worker builds a lunr.js index from search_index.json on every
 * visit, which takes seconds on a large site. The build packs the part of that
 * index that needs every document at once (which documents hold which term) in
 * search/lunr_index.json (macros/search_lunr.py). This worker runs Material's
 * own worker unchanged (its URL comes in the `material` parameter, see
 * overrides/main.html) and changes two lunr.js methods:
 *
 * - Builder#add only queues documents while a prebuilt index is at hand;
 * - Builder#build returns the prebuilt index when it was built from the very
 *   documents and settings Material has just been given (same lunr version,
 *   search config, locations in the same order), else indexes the queued
 *   documents and builds as lunr always does. (A `--dirty` rebuild leaves a
 *   file whose version is null: never used.)
 *
 * What the packed index leaves out, each matched document's term positions and
 * term vector, is worked out with lunr.js's own tokenizer, pipeline and scoring
 * when a query first matches the document (and for the rest while the worker
 * is idle); that analysis also fills the position tables Material highlights
 * matches from. So results, scores and highlights are those of the stock build.
 */
(() => {
  "use strict"

  const here = new URL(self.location.href)
  const material = new URL(here.searchParams.get("material") || "", here)
  if (material.origin !== here.origin)
    throw new Error("search worker: Material's worker must come from this site")
  const prebuilt = fetch(new URL("../../../search/lunr_index.json", here))
    .then(response => (response.ok ? response.json() : null))
    .catch(() => null)

  let pending = null // { config, data } for the next build, set on SETUP
  const queues = new WeakMap()

  /* Material's message listener, run one message at a time; SETUP waits for
     the prebuilt index to arrive (or fail). */
  const listen = self.addEventListener
  self.addEventListener = function (type, listener, options) {
    if (type !== "message")
      return listen.call(self, type, listener, options)
    let queue = Promise.resolve()
    return listen.call(self, type, event => {
      queue = queue.then(async () => {
        if (event.data && event.data.type === 0 && event.data.data)
          pending = { config: event.data.data.config, data: await prebuilt }
        return listener(event)
      }).catch(error => console.warn(error))
    }, options)
  }
  importScripts(material.href)
  self.addEventListener = listen

  const lunr = self.lunr
  const { add, build } = lunr.Builder.prototype

  lunr.Builder.prototype.add = function (doc, attributes) {
    if (!pending || !pending.data)
      return add.call(this, doc, attributes)
    if (!queues.has(this))
      queues.set(this, [])
    queues.get(this).push([doc, attributes])
  }

  lunr.Builder.prototype.build = function () {
    const queued = queues.get(this) || []
    const { config, data } = pending || {}
    pending = null
    queues.delete(this)
    if (data && matches(data, config, queued, this._ref)) {
      try {
        return prebuiltIndex(this, data, queued)
      } catch (error) {
        console.warn("search: prebuilt index not used", error)
      }
    }
    for (const [doc, attributes] of queued)
      add.call(this, doc, attributes)
    return build.call(this)
  }

  function matches(data, config, queued, ref) {
    if (data.version !== lunr.version || JSON.stringify(data.config) !== JSON.stringify(config))
      return false
    if (data.docs !== queued.length || data.refs.length !== queued.length)
      return false
    return queued.every(([doc], i) => String(doc[ref]) === data.refs[i])
  }

  /* The lunr.Index the builder would have built, from the packed index. */
  function prebuiltIndex(builder, data, queued) {
    const fields = Object.keys(builder._fields)
    if (fields.join() !== data.fields.join())
      throw new Error("prebuilt search index: fields differ")
    const refs = data.refs
    const docs = new Map(queued.map(([doc], i) => [refs[i], doc]))
    const boosts = new Map(queued.map(([, attributes], i) => [refs[i], (attributes || {}).boost || 1]))

    /* Terms: the token set, and a posting per term, made on first use. */
    const slotOf = new Map() // term -> its place in data.terms
    const tokenSet = new lunr.TokenSet.Builder()
    const invertedIndex = Object.create(null)
    data.terms.forEach((term, t) => {
      slotOf.set(term, t)
      tokenSet.insert(term)
      Object.defineProperty(invertedIndex, term, {
        enumerable: true,
        configurable: true,
        get() {
          const value = posting(term, data.term_index[t], data.postings[t])
          Object.defineProperty(invertedIndex, term, { value, enumerable: true })
          return value
        }
      })
    })
    tokenSet.finish() // throws if the terms are out of order: then lunr builds as usual
    const analyze = analyzer(builder, docs, fields)

    function posting(term, index, lists) {
      const value = { _index: index }
      fields.forEach((field, f) => {
        const refsOf = {}
        let number = 0
        for (const gap of lists[f]) {
          const ref = refs[number += gap]
          Object.defineProperty(refsOf, ref, {
            enumerable: true,
            get: () => ({ position: analyze(ref, field).positions(term) })
          })
        }
        value[field] = refsOf
      })
      return value
    }

    /* Term vectors, scored as lunr's Builder#createFieldVectors scores them. */
    const documentCount = queued.length
    const idf = new Map()
    const idfOf = term => { // lunr.idf, from the packed postings' lengths
      if (!idf.has(term)) {
        let withTerm = 0
        for (const list of data.postings[slotOf.get(term)])
          withTerm += list.length
        const x = (documentCount - withTerm + 0.5) / (withTerm + 0.5)
        idf.set(term, Math.log(1 + Math.abs(x)))
      }
      return idf.get(term)
    }
    const average = Object.fromEntries(fields.map((field, f) => [field, data.average[f]]))
    const k1 = builder._k1, b = builder._b
    const fieldVectors = new Proxy(Object.create(null), {
      get(cache, key) {
        if (typeof key !== "string")
          return undefined
        if (!(key in cache)) {
          const slash = key.indexOf("/")
          const field = key.slice(0, slash), ref = key.slice(slash + 1)
          const { length, counts } = analyze(ref, field)
          const fieldBoost = builder._fields[field].boost || 1
          const docBoost = boosts.get(ref)
          const order = new Float64Array(counts.size)
          const tfs = new Map()
          let i = 0
          for (const [term, tf] of counts) {
            const index = data.term_index[slotOf.get(term)]
            order[i++] = index
            tfs.set(index, [term, tf])
          }
          order.sort()
          const elements = []
          for (const index of order) {
            const [term, tf] = tfs.get(index)
            let score = idfOf(term) * ((k1 + 1) * tf) / (k1 * (1 - b + b * (length / average[field])) + tf)
            score *= fieldBoost
            score *= docBoost
            elements.push(index, Math.round(score * 1000) / 1000)
          }
          cache[key] = new lunr.Vector(elements)
        }
        return cache[key]
      }
    })

    return new lunr.Index({
      invertedIndex,
      fieldVectors,
      tokenSet: tokenSet.root,
      fields,
      pipeline: lunr.Pipeline.load(data.pipeline)
    })
  }

  /* A document field's term counts and positions, as Builder#add finds them,
     memoized. Material's field extractor, called first, sets the field's
     position table, which its tokenizer fills; the position tables Material
     highlights from are thereby filled too: on first use, or while idle. */
  function analyzer(builder, docs, fields) {
    const tokenize = builder.tokenizer
    const pipeline = builder.pipeline
    const extractors = Object.fromEntries(fields.map(field => [field, builder._fields[field].extractor]))
    const done = new Map()
    const analyze = (ref, field) => {
      const id = ref + ":" + field
      let result = done.get(id)
      if (!result) {
        const value = extractors[field](docs.get(ref))
        const tokens = value === undefined ? [] : pipeline.run(tokenize(value, { fields: [field] }))
        const counts = new Map()
        for (const token of tokens) {
          const term = token.toString()
          counts.set(term, (counts.get(term) || 0) + 1)
        }
        const positions = term => {
          const found = []
          for (const token of tokens)
            if (token.toString() === term)
              found.push(token.metadata.position)
          return found
        }
        done.set(id, result = { length: tokens.length, counts, positions })
      }
      return result
    }

    /* Find Material's table Map through one extractor call, then analyze a
       field before Material first reads its table. */
    const { get, has, set } = Map.prototype
    let table = null
    Map.prototype.set = function (key, value) {
      if (!table && value === lunr.tokenizer.table)
        table = this
      return set.call(this, key, value)
    }
    try {
      for (const ref of docs.keys()) {
        for (const field of fields)
          if (!table)
            analyze(ref, field)
        if (table)
          break
      }
    } finally {
      Map.prototype.set = set
    }
    if (table) {
      table.get = function (id) {
        if (!has.call(this, id))
          for (const field of fields)
            if (id.endsWith(":" + field) && docs.has(id.slice(0, -field.length - 1)))
              analyze(id.slice(0, -field.length - 1), field)
        return get.call(this, id)
      }
    }

    /* Analyze the rest while idle, a slice at a time, so a query rarely waits. */
    const ids = []
    for (const ref of docs.keys())
      for (const field of fields)
        ids.push([ref, field])
    let next = 0
    const slice = () => {
      const stop = performance.now() + 8
      while (next < ids.length && performance.now() < stop)
        analyze(...ids[next++])
      if (next < ids.length)
        setTimeout(slice, 0)
    }
    setTimeout(slice, 0)
    return analyze
  }
})()
