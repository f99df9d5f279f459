package lint

// ProvisionedType is the pseudo resource type under which a module lists the
// resources that carry a provisioner block, whatever their own type
// (terraform_data, null_resource, aws_instance, azurerm_linux_virtual_machine
// ...). A check that names it alone in its Resources gets those resources
// from Pass.Resources. No resource type is spelled so: real types are
// <provider>_<name>.
const ProvisionedType = "provisioner"

// Provisioners returns the resource's provisioner blocks in source order:
// Type "provisioner", one label (local-exec, remote-exec, file), arguments
// evaluated with count.index, each and self as for the resource. A
// connection block inside a provisioner is a nested block of it. They are
// not in the resource's Body: Blocks, Block and AllBlocks never return them,
// so no check reads them as provider arguments.
func (r *Resource) Provisioners() []*Block {
	if r.meta == nil {
		return nil
	}
	return r.meta.Blocks("provisioner")
}

// Connection returns the resource's own connection block (the default for
// its provisioners), or a stand-in at the resource's header.
func (r *Resource) Connection() *Block {
	if r.meta == nil {
		return &Block{Type: "connection", DefRange: r.DefRange, Range: r.Range, Path: "connection", res: r}
	}
	return r.meta.Block("connection")
}

// MetaBody returns the body that holds the resource's provisioner and
// connection blocks, made on first use. Loaders add the blocks to it with
// NewBlock before Module.Add; checks read Provisioners and Connection.
func (r *Resource) MetaBody() *Block {
	if r.meta == nil {
		r.meta = &Block{Type: "meta", DefRange: r.DefRange, Range: r.Range, present: true, res: r}
	}
	return r.meta
}

// provisioned says whether the resource has a provisioner block.
func (r *Resource) provisioned() bool { return len(r.Provisioners()) > 0 }

// AdoptMeta gives r the provisioner and connection blocks of from (the same
// resource read from source: a plan holds no evaluated provisioners), copied
// so that they belong to r. Call it before Module.Add, as loaders do.
func (r *Resource) AdoptMeta(from *Resource) {
	if from == nil || from.meta == nil {
		return
	}
	r.meta = from.meta.copyFor(r)
}

// copyFor copies b and the blocks below it for resource r; argument values
// are immutable and shared.
func (b *Block) copyFor(r *Resource) *Block {
	c := *b
	c.res = r
	c.blocks = make([]*Block, len(b.blocks))
	for i, child := range b.blocks {
		c.blocks[i] = child.copyFor(r)
	}
	return &c
}
