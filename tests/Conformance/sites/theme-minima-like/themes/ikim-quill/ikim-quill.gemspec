# frozen_string_literal: true

# A gem-style theme written for the conformance fixtures, laid out like minima: its runtime
# dependencies are what switch the feed and SEO plugins on for a site that names the theme.
Gem::Specification.new do |spec|
  spec.name          = "ikim-quill"
  spec.version       = "0.2.0"
  spec.authors       = ["Fixture Author"]
  spec.summary       = "A small blog theme for the conformance fixtures."
  spec.license       = "MIT"
  spec.files         = []
  spec.add_runtime_dependency "jekyll", ">= 3.5", "< 5.0"
  spec.add_runtime_dependency "jekyll-feed", "~> 0.9"
  spec.add_runtime_dependency "jekyll-seo-tag", "~> 2.1"
  spec.add_development_dependency "bundler", ">= 1.15"
end
