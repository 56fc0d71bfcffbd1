var ac=Object.defineProperty;var cc=Object.getOwnPropertyDescriptor;var T=(t,s,e,n)=>{for(var i=n>1?void 0:n?cc(s,e):s,l=t.length-1,o;l>=0;l--)(o=t[l])&&(i=(n?o(s,e,i):o(i))||i);return n&&i&&ac(s,e,i),i};var Zn=globalThis,Bn=Zn.ShadowRoot&&(Zn.ShadyCSS===void 0||Zn.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Gi=Symbol(),go=new WeakMap,wn=class{constructor(s,e,n){if(this._$cssResult$=!0,n!==Gi)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=s,this.t=e}get styleSheet(){let s=this.o,e=this.t;if(Bn&&s===void 0){let n=e!==void 0&&e.length===1;n&&(s=go.get(e)),s===void 0&&((this.o=s=new CSSStyleSheet).replaceSync(this.cssText),n&&go.set(e,s))}return s}toString(){return this.cssText}},Jn=t=>new wn(typeof t=="string"?t:t+"",void 0,Gi),Ke=(t,...s)=>{let e=t.length===1?t[0]:s.reduce((n,i,l)=>n+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+t[l+1],t[0]);return new wn(e,t,Gi)},vo=(t,s)=>{if(Bn)t.adoptedStyleSheets=s.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of s){let n=document.createElement("style"),i=Zn.litNonce;i!==void 0&&n.setAttribute("nonce",i),n.textContent=e.cssText,t.appendChild(n)}},Yi=Bn?t=>t:t=>t instanceof CSSStyleSheet?(s=>{let e="";for(let n of s.cssRules)e+=n.cssText;return Jn(e)})(t):t;var{is:uc,defineProperty:fc,getOwnPropertyDescriptor:pc,getOwnPropertyNames:hc,getOwnPropertySymbols:dc,getPrototypeOf:mc}=Object,Qn=globalThis,bo=Qn.trustedTypes,gc=bo?bo.emptyScript:"",vc=Qn.reactiveElementPolyfillSupport,Sn=(t,s)=>t,_n={toAttribute(t,s){switch(s){case Boolean:t=t?gc:null;break;case Object:case Array:t=t==null?t:JSON.stringify(t)}return t},fromAttribute(t,s){let e=t;switch(s){case Boolean:e=t!==null;break;case Number:e=t===null?null:Number(t);break;case Object:case Array:try{e=JSON.parse(t)}catch{e=null}}return e}},Xn=(t,s)=>!uc(t,s),yo={attribute:!0,type:String,converter:_n,reflect:!1,useDefault:!1,hasChanged:Xn};Symbol.metadata??=Symbol("metadata"),Qn.litPropertyMetadata??=new WeakMap;var Zt=class extends HTMLElement{static addInitializer(s){this._$Ei(),(this.l??=[]).push(s)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(s,e=yo){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(s)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(s,e),!e.noAccessor){let n=Symbol(),i=this.getPropertyDescriptor(s,n,e);i!==void 0&&fc(this.prototype,s,i)}}static getPropertyDescriptor(s,e,n){let{get:i,set:l}=pc(this.prototype,s)??{get(){return this[e]},set(o){this[e]=o}};return{get:i,set(o){let c=i?.call(this);l?.call(this,o),this.requestUpdate(s,c,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(s){return this.elementProperties.get(s)??yo}static _$Ei(){if(this.hasOwnProperty(Sn("elementProperties")))return;let s=mc(this);s.finalize(),s.l!==void 0&&(this.l=[...s.l]),this.elementProperties=new Map(s.elementProperties)}static finalize(){if(this.hasOwnProperty(Sn("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(Sn("properties"))){let e=this.properties,n=[...hc(e),...dc(e)];for(let i of n)this.createProperty(i,e[i])}let s=this[Symbol.metadata];if(s!==null){let e=litPropertyMetadata.get(s);if(e!==void 0)for(let[n,i]of e)this.elementProperties.set(n,i)}this._$Eh=new Map;for(let[e,n]of this.elementProperties){let i=this._$Eu(e,n);i!==void 0&&this._$Eh.set(i,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(s){let e=[];if(Array.isArray(s)){let n=new Set(s.flat(1/0).reverse());for(let i of n)e.unshift(Yi(i))}else s!==void 0&&e.push(Yi(s));return e}static _$Eu(s,e){let n=e.attribute;return n===!1?void 0:typeof n=="string"?n:typeof s=="string"?s.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(s=>this.enableUpdating=s),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(s=>s(this))}addController(s){(this._$EO??=new Set).add(s),this.renderRoot!==void 0&&this.isConnected&&s.hostConnected?.()}removeController(s){this._$EO?.delete(s)}_$E_(){let s=new Map,e=this.constructor.elementProperties;for(let n of e.keys())this.hasOwnProperty(n)&&(s.set(n,this[n]),delete this[n]);s.size>0&&(this._$Ep=s)}createRenderRoot(){let s=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return vo(s,this.constructor.elementStyles),s}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(s=>s.hostConnected?.())}enableUpdating(s){}disconnectedCallback(){this._$EO?.forEach(s=>s.hostDisconnected?.())}attributeChangedCallback(s,e,n){this._$AK(s,n)}_$ET(s,e){let n=this.constructor.elementProperties.get(s),i=this.constructor._$Eu(s,n);if(i!==void 0&&n.reflect===!0){let l=(n.converter?.toAttribute!==void 0?n.converter:_n).toAttribute(e,n.type);this._$Em=s,l==null?this.removeAttribute(i):this.setAttribute(i,l),this._$Em=null}}_$AK(s,e){let n=this.constructor,i=n._$Eh.get(s);if(i!==void 0&&this._$Em!==i){let l=n.getPropertyOptions(i),o=typeof l.converter=="function"?{fromAttribute:l.converter}:l.converter?.fromAttribute!==void 0?l.converter:_n;this._$Em=i;let c=o.fromAttribute(e,l.type);this[i]=c??this._$Ej?.get(i)??c,this._$Em=null}}requestUpdate(s,e,n,i=!1,l){if(s!==void 0){let o=this.constructor;if(i===!1&&(l=this[s]),n??=o.getPropertyOptions(s),!((n.hasChanged??Xn)(l,e)||n.useDefault&&n.reflect&&l===this._$Ej?.get(s)&&!this.hasAttribute(o._$Eu(s,n))))return;this.C(s,e,n)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(s,e,{useDefault:n,reflect:i,wrapped:l},o){n&&!(this._$Ej??=new Map).has(s)&&(this._$Ej.set(s,o??e??this[s]),l!==!0||o!==void 0)||(this._$AL.has(s)||(this.hasUpdated||n||(e=void 0),this._$AL.set(s,e)),i===!0&&this._$Em!==s&&(this._$Eq??=new Set).add(s))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let s=this.scheduleUpdate();return s!=null&&await s,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,l]of this._$Ep)this[i]=l;this._$Ep=void 0}let n=this.constructor.elementProperties;if(n.size>0)for(let[i,l]of n){let{wrapped:o}=l,c=this[i];o!==!0||this._$AL.has(i)||c===void 0||this.C(i,void 0,l,c)}}let s=!1,e=this._$AL;try{s=this.shouldUpdate(e),s?(this.willUpdate(e),this._$EO?.forEach(n=>n.hostUpdate?.()),this.update(e)):this._$EM()}catch(n){throw s=!1,this._$EM(),n}s&&this._$AE(e)}willUpdate(s){}_$AE(s){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(s)),this.updated(s)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(s){return!0}update(s){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(s){}firstUpdated(s){}};Zt.elementStyles=[],Zt.shadowRootOptions={mode:"open"},Zt[Sn("elementProperties")]=new Map,Zt[Sn("finalized")]=new Map,vc?.({ReactiveElement:Zt}),(Qn.reactiveElementVersions??=[]).push("2.1.2");var tr=globalThis,xo=t=>t,ei=tr.trustedTypes,wo=ei?ei.createPolicy("lit-html",{createHTML:t=>t}):void 0,Eo="$lit$",rs=`lit$${Math.random().toFixed(9).slice(2)}$`,Mo="?"+rs,bc=`<${Mo}>`,ws=document,kn=()=>ws.createComment(""),An=t=>t===null||typeof t!="object"&&typeof t!="function",sr=Array.isArray,yc=t=>sr(t)||typeof t?.[Symbol.iterator]=="function",Zi=`[ 	
\f\r]`,$n=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,So=/-->/g,_o=/>/g,ys=RegExp(`>|${Zi}(?:([^\\s"'>=/]+)(${Zi}*=${Zi}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),$o=/'/g,ko=/"/g,To=/^(?:script|style|textarea|title)$/i,nr=t=>(s,...e)=>({_$litType$:t,strings:s,values:e}),H=nr(1),qf=nr(2),jf=nr(3),Ss=Symbol.for("lit-noChange"),X=Symbol.for("lit-nothing"),Ao=new WeakMap,xs=ws.createTreeWalker(ws,129);function Co(t,s){if(!sr(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return wo!==void 0?wo.createHTML(s):s}var xc=(t,s)=>{let e=t.length-1,n=[],i,l=s===2?"<svg>":s===3?"<math>":"",o=$n;for(let c=0;c<e;c++){let f=t[c],h,g,m=-1,b=0;for(;b<f.length&&(o.lastIndex=b,g=o.exec(f),g!==null);)b=o.lastIndex,o===$n?g[1]==="!--"?o=So:g[1]!==void 0?o=_o:g[2]!==void 0?(To.test(g[2])&&(i=RegExp("</"+g[2],"g")),o=ys):g[3]!==void 0&&(o=ys):o===ys?g[0]===">"?(o=i??$n,m=-1):g[1]===void 0?m=-2:(m=o.lastIndex-g[2].length,h=g[1],o=g[3]===void 0?ys:g[3]==='"'?ko:$o):o===ko||o===$o?o=ys:o===So||o===_o?o=$n:(o=ys,i=void 0);let S=o===ys&&t[c+1].startsWith("/>")?" ":"";l+=o===$n?f+bc:m>=0?(n.push(h),f.slice(0,m)+Eo+f.slice(m)+rs+S):f+rs+(m===-2?c:S)}return[Co(t,l+(t[e]||"<?>")+(s===2?"</svg>":s===3?"</math>":"")),n]},En=class t{constructor({strings:s,_$litType$:e},n){let i;this.parts=[];let l=0,o=0,c=s.length-1,f=this.parts,[h,g]=xc(s,e);if(this.el=t.createElement(h,n),xs.currentNode=this.el.content,e===2||e===3){let m=this.el.content.firstChild;m.replaceWith(...m.childNodes)}for(;(i=xs.nextNode())!==null&&f.length<c;){if(i.nodeType===1){if(i.hasAttributes())for(let m of i.getAttributeNames())if(m.endsWith(Eo)){let b=g[o++],S=i.getAttribute(m).split(rs),k=/([.?@])?(.*)/.exec(b);f.push({type:1,index:l,name:k[2],strings:S,ctor:k[1]==="."?Ji:k[1]==="?"?Qi:k[1]==="@"?Xi:Js}),i.removeAttribute(m)}else m.startsWith(rs)&&(f.push({type:6,index:l}),i.removeAttribute(m));if(To.test(i.tagName)){let m=i.textContent.split(rs),b=m.length-1;if(b>0){i.textContent=ei?ei.emptyScript:"";for(let S=0;S<b;S++)i.append(m[S],kn()),xs.nextNode(),f.push({type:2,index:++l});i.append(m[b],kn())}}}else if(i.nodeType===8)if(i.data===Mo)f.push({type:2,index:l});else{let m=-1;for(;(m=i.data.indexOf(rs,m+1))!==-1;)f.push({type:7,index:l}),m+=rs.length-1}l++}}static createElement(s,e){let n=ws.createElement("template");return n.innerHTML=s,n}};function Bs(t,s,e=t,n){if(s===Ss)return s;let i=n!==void 0?e._$Co?.[n]:e._$Cl,l=An(s)?void 0:s._$litDirective$;return i?.constructor!==l&&(i?._$AO?.(!1),l===void 0?i=void 0:(i=new l(t),i._$AT(t,e,n)),n!==void 0?(e._$Co??=[])[n]=i:e._$Cl=i),i!==void 0&&(s=Bs(t,i._$AS(t,s.values),i,n)),s}var Bi=class{constructor(s,e){this._$AV=[],this._$AN=void 0,this._$AD=s,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(s){let{el:{content:e},parts:n}=this._$AD,i=(s?.creationScope??ws).importNode(e,!0);xs.currentNode=i;let l=xs.nextNode(),o=0,c=0,f=n[0];for(;f!==void 0;){if(o===f.index){let h;f.type===2?h=new Mn(l,l.nextSibling,this,s):f.type===1?h=new f.ctor(l,f.name,f.strings,this,s):f.type===6&&(h=new er(l,this,s)),this._$AV.push(h),f=n[++c]}o!==f?.index&&(l=xs.nextNode(),o++)}return xs.currentNode=ws,i}p(s){let e=0;for(let n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(s,n,e),e+=n.strings.length-2):n._$AI(s[e])),e++}},Mn=class t{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(s,e,n,i){this.type=2,this._$AH=X,this._$AN=void 0,this._$AA=s,this._$AB=e,this._$AM=n,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let s=this._$AA.parentNode,e=this._$AM;return e!==void 0&&s?.nodeType===11&&(s=e.parentNode),s}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(s,e=this){s=Bs(this,s,e),An(s)?s===X||s==null||s===""?(this._$AH!==X&&this._$AR(),this._$AH=X):s!==this._$AH&&s!==Ss&&this._(s):s._$litType$!==void 0?this.$(s):s.nodeType!==void 0?this.T(s):yc(s)?this.k(s):this._(s)}O(s){return this._$AA.parentNode.insertBefore(s,this._$AB)}T(s){this._$AH!==s&&(this._$AR(),this._$AH=this.O(s))}_(s){this._$AH!==X&&An(this._$AH)?this._$AA.nextSibling.data=s:this.T(ws.createTextNode(s)),this._$AH=s}$(s){let{values:e,_$litType$:n}=s,i=typeof n=="number"?this._$AC(s):(n.el===void 0&&(n.el=En.createElement(Co(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===i)this._$AH.p(e);else{let l=new Bi(i,this),o=l.u(this.options);l.p(e),this.T(o),this._$AH=l}}_$AC(s){let e=Ao.get(s.strings);return e===void 0&&Ao.set(s.strings,e=new En(s)),e}k(s){sr(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,n,i=0;for(let l of s)i===e.length?e.push(n=new t(this.O(kn()),this.O(kn()),this,this.options)):n=e[i],n._$AI(l),i++;i<e.length&&(this._$AR(n&&n._$AB.nextSibling,i),e.length=i)}_$AR(s=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);s!==this._$AB;){let n=xo(s).nextSibling;xo(s).remove(),s=n}}setConnected(s){this._$AM===void 0&&(this._$Cv=s,this._$AP?.(s))}},Js=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(s,e,n,i,l){this.type=1,this._$AH=X,this._$AN=void 0,this.element=s,this.name=e,this._$AM=i,this.options=l,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=X}_$AI(s,e=this,n,i){let l=this.strings,o=!1;if(l===void 0)s=Bs(this,s,e,0),o=!An(s)||s!==this._$AH&&s!==Ss,o&&(this._$AH=s);else{let c=s,f,h;for(s=l[0],f=0;f<l.length-1;f++)h=Bs(this,c[n+f],e,f),h===Ss&&(h=this._$AH[f]),o||=!An(h)||h!==this._$AH[f],h===X?s=X:s!==X&&(s+=(h??"")+l[f+1]),this._$AH[f]=h}o&&!i&&this.j(s)}j(s){s===X?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,s??"")}},Ji=class extends Js{constructor(){super(...arguments),this.type=3}j(s){this.element[this.name]=s===X?void 0:s}},Qi=class extends Js{constructor(){super(...arguments),this.type=4}j(s){this.element.toggleAttribute(this.name,!!s&&s!==X)}},Xi=class extends Js{constructor(s,e,n,i,l){super(s,e,n,i,l),this.type=5}_$AI(s,e=this){if((s=Bs(this,s,e,0)??X)===Ss)return;let n=this._$AH,i=s===X&&n!==X||s.capture!==n.capture||s.once!==n.once||s.passive!==n.passive,l=s!==X&&(n===X||i);i&&this.element.removeEventListener(this.name,this,n),l&&this.element.addEventListener(this.name,this,s),this._$AH=s}handleEvent(s){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,s):this._$AH.handleEvent(s)}},er=class{constructor(s,e,n){this.element=s,this.type=6,this._$AN=void 0,this._$AM=e,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(s){Bs(this,s)}};var wc=tr.litHtmlPolyfillSupport;wc?.(En,Mn),(tr.litHtmlVersions??=[]).push("3.3.3");var Ro=(t,s,e)=>{let n=e?.renderBefore??s,i=n._$litPart$;if(i===void 0){let l=e?.renderBefore??null;n._$litPart$=i=new Mn(s.insertBefore(kn(),l),l,void 0,e??{})}return i._$AI(t),i};var ir=globalThis,Ce=class extends Zt{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let s=super.createRenderRoot();return this.renderOptions.renderBefore??=s.firstChild,s}update(s){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(s),this._$Do=Ro(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return Ss}};Ce._$litElement$=!0,Ce.finalized=!0,ir.litElementHydrateSupport?.({LitElement:Ce});var Sc=ir.litElementPolyfillSupport;Sc?.({LitElement:Ce});(ir.litElementVersions??=[]).push("4.2.2");var ot=t=>(s,e)=>{e!==void 0?e.addInitializer(()=>{customElements.define(t,s)}):customElements.define(t,s)};var _c={attribute:!0,type:String,converter:_n,reflect:!1,hasChanged:Xn},$c=(t=_c,s,e)=>{let{kind:n,metadata:i}=e,l=globalThis.litPropertyMetadata.get(i);if(l===void 0&&globalThis.litPropertyMetadata.set(i,l=new Map),n==="setter"&&((t=Object.create(t)).wrapped=!0),l.set(e.name,t),n==="accessor"){let{name:o}=e;return{set(c){let f=s.get.call(this);s.set.call(this,c),this.requestUpdate(o,f,t,!0,c)},init(c){return c!==void 0&&this.C(o,void 0,t,c),c}}}if(n==="setter"){let{name:o}=e;return function(c){let f=this[o];s.call(this,c),this.requestUpdate(o,f,t,!0,c)}}throw Error("Unsupported decorator location: "+n)};function ce(t){return(s,e)=>typeof e=="object"?$c(t,s,e):((n,i,l)=>{let o=i.hasOwnProperty(l);return i.constructor.createProperty(l,n),o?Object.getOwnPropertyDescriptor(i,l):void 0})(t,s,e)}function ee(t){return ce({...t,state:!0,attribute:!1})}var _s=(t,s,e)=>(e.configurable=!0,e.enumerable=!0,Reflect.decorate&&typeof s!="object"&&Object.defineProperty(t,s,e),e);function ti(t,s){return(e,n,i)=>{let l=o=>o.renderRoot?.querySelector(t)??null;if(s){let{get:o,set:c}=typeof n=="object"?e:i??(()=>{let f=Symbol();return{get(){return this[f]},set(h){this[f]=h}}})();return _s(e,n,{get(){let f=o.call(this);return f===void 0&&(f=l(this),(f!==null||this.hasUpdated)&&c.call(this,f)),f}})}return _s(e,n,{get(){return l(this)}})}}var kc="uplot",Ac="u-hz",Ec="u-vt",Mc="u-title",Tc="u-wrap",Cc="u-under",Rc="u-over",Pc="u-axis",As="u-off",zc="u-select",Dc="u-cursor-x",Lc="u-cursor-y",Nc="u-cursor-pt",Hc="u-legend",Ic="u-live",Oc="u-inline",Fc="u-series",Uc="u-marker",Po="u-label",Vc="u-value",Cn="width",Rn="height";var zo="bottom",Qs="left",rr="right",Sr="#000",Do=Sr+"0",or="mousemove",Lo="mousedown",lr="mouseup",No="mouseenter",Ho="mouseleave",Io="dblclick",Wc="resize",qc="scroll",Oo="change",oi="dppxchange",_r="--",on=typeof window<"u",pr=on?document:null,en=on?window:null,jc=on?navigator:null,ue,si;function hr(){let t=devicePixelRatio;ue!=t&&(ue=t,si&&mr(Oo,si,hr),si=matchMedia(`(min-resolution: ${ue-.001}dppx) and (max-resolution: ${ue+.001}dppx)`),Es(Oo,si,hr),en.dispatchEvent(new CustomEvent(oi)))}function pt(t,s){if(s!=null){let e=t.classList;!e.contains(s)&&e.add(s)}}function dr(t,s){let e=t.classList;e.contains(s)&&e.remove(s)}function we(t,s,e){t.style[s]=e+"px"}function zt(t,s,e,n){let i=pr.createElement(t);return s!=null&&pt(i,s),e?.insertBefore(i,n),i}function _t(t,s){return zt("div",t,s)}var Fo=new WeakMap;function jt(t,s,e,n,i){let l="translate("+s+"px,"+e+"px)",o=Fo.get(t);l!=o&&(t.style.transform=l,Fo.set(t,l),s<0||e<0||s>n||e>i?pt(t,As):dr(t,As))}var Uo=new WeakMap;function Vo(t,s,e){let n=s+e,i=Uo.get(t);n!=i&&(Uo.set(t,n),t.style.background=s,t.style.borderColor=e)}var Wo=new WeakMap;function qo(t,s,e,n){let i=s+""+e,l=Wo.get(t);i!=l&&(Wo.set(t,i),t.style.height=e+"px",t.style.width=s+"px",t.style.marginLeft=n?-s/2+"px":0,t.style.marginTop=n?-e/2+"px":0)}var $r={passive:!0},Kc={...$r,capture:!0};function Es(t,s,e,n){s.addEventListener(t,e,n?Kc:$r)}function mr(t,s,e,n){s.removeEventListener(t,e,$r)}on&&hr();function Dt(t,s,e,n){let i;e=e||0,n=n||s.length-1;let l=n<=2147483647;for(;n-e>1;)i=l?e+n>>1:ht((e+n)/2),s[i]<t?e=i:n=i;return t-s[e]<=s[n]-t?e:n}function bl(t){return(e,n,i)=>{let l=-1,o=-1;for(let c=n;c<=i;c++)if(t(e[c])){l=c;break}for(let c=i;c>=n;c--)if(t(e[c])){o=c;break}return[l,o]}}var yl=t=>t!=null,xl=t=>t!=null&&t>0,ci=bl(yl),Gc=bl(xl);function Yc(t,s,e,n=0,i=!1){let l=i?Gc:ci,o=i?xl:yl;[s,e]=l(t,s,e);let c=t[s],f=t[s];if(s>-1)if(n==1)c=t[s],f=t[e];else if(n==-1)c=t[e],f=t[s];else for(let h=s;h<=e;h++){let g=t[h];o(g)&&(g<c?c=g:g>f&&(f=g))}return[c??me,f??-me]}function ui(t,s,e,n){let i=Go(t),l=Go(s);t==s&&(i==-1?(t*=e,s/=e):(t/=e,s*=e));let o=e==10?Bt:wl,c=i==1?ht:$t,f=l==1?$t:ht,h=c(o(Ne(t))),g=f(o(Ne(s))),m=tn(e,h),b=tn(e,g);return e==10&&(h<0&&(m=ge(m,-h)),g<0&&(b=ge(b,-g))),n||e==2?(t=m*i,s=b*l):(t=kl(t,m),s=fi(s,b)),[t,s]}function kr(t,s,e,n){let i=ui(t,s,e,n);return t==0&&(i[0]=0),s==0&&(i[1]=0),i}var Ar=.1,jo={mode:3,pad:Ar},zn={pad:0,soft:null,mode:0},Zc={min:zn,max:zn};function li(t,s,e,n){return pi(e)?Ko(t,s,e):(zn.pad=e,zn.soft=n?0:null,zn.mode=n?3:0,Ko(t,s,Zc))}function le(t,s){return t??s}function Bc(t,s,e){for(s=le(s,0),e=le(e,t.length-1);s<=e;){if(t[s]!=null)return!0;s++}return!1}function Ko(t,s,e){let n=e.min,i=e.max,l=le(n.pad,0),o=le(i.pad,0),c=le(n.hard,-me),f=le(i.hard,me),h=le(n.soft,me),g=le(i.soft,-me),m=le(n.mode,0),b=le(i.mode,0),S=s-t,k=Bt(S),z=tt(Ne(t),Ne(s)),A=Bt(z),R=Ne(A-k);(S<1e-24||R>10)&&(S=0,(t==0||s==0)&&(S=1e-24,m==2&&h!=me&&(l=0),b==2&&g!=-me&&(o=0)));let w=S||z||1e3,N=Bt(w),_=tn(10,ht(N)),q=w*(S==0?t==0?.1:1:l),D=ge(kl(t-q,_/10),24),G=t>=h&&(m==1||m==3&&D<=h||m==2&&D>=h)?h:me,Z=tt(c,D<G&&t>=G?G:Lt(G,D)),se=w*(S==0?s==0?.1:1:o),Y=ge(fi(s+se,_/10),24),E=s<=g&&(b==1||b==3&&Y>=g||b==2&&Y<=g)?g:-me,J=Lt(f,Y>E&&s<=E?E:tt(E,Y));return Z==J&&Z==0&&(J=100),[Z,J]}var Jc=new Intl.NumberFormat(on?jc.language:"en-US"),Er=t=>Jc.format(t),dt=Math,ri=dt.PI,Ne=dt.abs,ht=dt.floor,Le=dt.round,$t=dt.ceil,Lt=dt.min,tt=dt.max,tn=dt.pow,Go=dt.sign,Bt=dt.log10,wl=dt.log2,Qc=(t,s=1)=>dt.sinh(t)*s,ar=(t,s=1)=>dt.asinh(t/s),me=1/0;function Yo(t){return(Bt((t^t>>31)-(t>>31))|0)+1}function gr(t,s,e){return Lt(tt(t,s),e)}function Sl(t){return typeof t=="function"}function ne(t){return Sl(t)?t:()=>t}var Xc=()=>{},_l=t=>t,$l=(t,s)=>s,eu=t=>null,Zo=t=>!0,Bo=(t,s)=>t==s,tu=/\.\d*?(?=9{6,}|0{6,})/gm,Ms=t=>{if(El(t)||ls.has(t))return t;let s=`${t}`,e=s.match(tu);if(e==null)return t;let n=e[0].length-1;if(s.indexOf("e-")!=-1){let[i,l]=s.split("e");return+`${Ms(i)}e${l}`}return ge(t,n)};function $s(t,s){return Ms(ge(Ms(t/s))*s)}function fi(t,s){return Ms($t(Ms(t/s))*s)}function kl(t,s){return Ms(ht(Ms(t/s))*s)}function ge(t,s=0){if(El(t))return t;let e=10**s,n=t*e*(1+Number.EPSILON);return Le(n)/e}var ls=new Map;function Al(t){return((""+t).split(".")[1]||"").length}function Ln(t,s,e,n){let i=[],l=n.map(Al);for(let o=s;o<e;o++){let c=Ne(o),f=ge(tn(t,o),c);for(let h=0;h<n.length;h++){let g=t==10?+`${n[h]}e${o}`:n[h]*f,m=(o>=0?0:c)+(o>=l[h]?0:l[h]),b=t==10?g:ge(g,m);i.push(b),ls.set(b,m)}}return i}var Dn={},Mr=[],sn=[null,null],os=Array.isArray,El=Number.isInteger,su=t=>t===void 0;function Jo(t){return typeof t=="string"}function pi(t){let s=!1;if(t!=null){let e=t.constructor;s=e==null||e==Object}return s}function nu(t){return t!=null&&typeof t=="object"}var iu=Object.getPrototypeOf(Uint8Array),Ml="__proto__";function nn(t,s=pi){let e;if(os(t)){let n=t.find(i=>i!=null);if(os(n)||s(n)){e=Array(t.length);for(let i=0;i<t.length;i++)e[i]=nn(t[i],s)}else e=t.slice()}else if(t instanceof iu)e=t.slice();else if(s(t)){e={};for(let n in t)n!=Ml&&(e[n]=nn(t[n],s))}else e=t;return e}function Re(t){let s=arguments;for(let e=1;e<s.length;e++){let n=s[e];for(let i in n)i!=Ml&&(pi(t[i])?Re(t[i],nn(n[i])):t[i]=nn(n[i]))}return t}var ru=0,ou=1,lu=2;function au(t,s,e){for(let n=0,i,l=-1;n<s.length;n++){let o=s[n];if(o>l){for(i=o-1;i>=0&&t[i]==null;)t[i--]=null;for(i=o+1;i<e&&t[i]==null;)t[l=i++]=null}}}function cu(t,s){if(pu(t)){let o=t[0].slice();for(let c=1;c<t.length;c++)o.push(...t[c].slice(1));return hu(o[0])||(o=fu(o)),o}let e=new Set;for(let o=0;o<t.length;o++){let f=t[o][0],h=f.length;for(let g=0;g<h;g++)e.add(f[g])}let n=[Array.from(e).sort((o,c)=>o-c)],i=n[0].length,l=new Map;for(let o=0;o<i;o++)l.set(n[0][o],o);for(let o=0;o<t.length;o++){let c=t[o],f=c[0];for(let h=1;h<c.length;h++){let g=c[h],m=Array(i).fill(void 0),b=s?s[o][h]:ou,S=[];for(let k=0;k<g.length;k++){let z=g[k],A=l.get(f[k]);z===null?b!=ru&&(m[A]=z,b==lu&&S.push(A)):m[A]=z}au(m,S,i),n.push(m)}}return n}var uu=typeof queueMicrotask>"u"?t=>Promise.resolve().then(t):queueMicrotask;function fu(t){let s=t[0],e=s.length,n=Array(e);for(let l=0;l<n.length;l++)n[l]=l;n.sort((l,o)=>s[l]-s[o]);let i=[];for(let l=0;l<t.length;l++){let o=t[l],c=Array(e);for(let f=0;f<e;f++)c[f]=o[n[f]];i.push(c)}return i}function pu(t){let s=t[0][0],e=s.length;for(let n=1;n<t.length;n++){let i=t[n][0];if(i.length!=e)return!1;if(i!=s){for(let l=0;l<e;l++)if(i[l]!=s[l])return!1}}return!0}function hu(t,s=100){let e=t.length;if(e<=1)return!0;let n=0,i=e-1;for(;n<=i&&t[n]==null;)n++;for(;i>=n&&t[i]==null;)i--;if(i<=n)return!0;let l=tt(1,ht((i-n+1)/s));for(let o=t[n],c=n+l;c<=i;c+=l){let f=t[c];if(f!=null){if(f<=o)return!1;o=f}}return!0}var Tl=["January","February","March","April","May","June","July","August","September","October","November","December"],Cl=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Rl(t){return t.slice(0,3)}var du=Cl.map(Rl),mu=Tl.map(Rl),gu={MMMM:Tl,MMM:mu,WWWW:Cl,WWW:du};function Tn(t){return(t<10?"0":"")+t}function vu(t){return(t<10?"00":t<100?"0":"")+t}var bu={YYYY:t=>t.getFullYear(),YY:t=>(t.getFullYear()+"").slice(2),MMMM:(t,s)=>s.MMMM[t.getMonth()],MMM:(t,s)=>s.MMM[t.getMonth()],MM:t=>Tn(t.getMonth()+1),M:t=>t.getMonth()+1,DD:t=>Tn(t.getDate()),D:t=>t.getDate(),WWWW:(t,s)=>s.WWWW[t.getDay()],WWW:(t,s)=>s.WWW[t.getDay()],HH:t=>Tn(t.getHours()),H:t=>t.getHours(),h:t=>{let s=t.getHours();return s==0?12:s>12?s-12:s},AA:t=>t.getHours()>=12?"PM":"AM",aa:t=>t.getHours()>=12?"pm":"am",a:t=>t.getHours()>=12?"p":"a",mm:t=>Tn(t.getMinutes()),m:t=>t.getMinutes(),ss:t=>Tn(t.getSeconds()),s:t=>t.getSeconds(),fff:t=>vu(t.getMilliseconds())};function Tr(t,s){s=s||gu;let e=[],n=/\{([a-z]+)\}|[^{]+/gi,i;for(;i=n.exec(t);)e.push(i[0][0]=="{"?bu[i[1]]:i[0]);return l=>{let o="";for(let c=0;c<e.length;c++)o+=typeof e[c]=="string"?e[c]:e[c](l,s);return o}}var yu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function xu(t,s){let e;return s=="UTC"||s=="Etc/UTC"?e=new Date(+t+t.getTimezoneOffset()*6e4):s==yu?e=t:(e=new Date(t.toLocaleString("en-US",{timeZone:s})),e.setMilliseconds(t.getMilliseconds())),e}var Pl=t=>t%1==0,ai=[1,2,2.5,5],wu=Ln(10,-32,0,ai),zl=Ln(10,0,32,ai),Su=zl.filter(Pl),ks=wu.concat(zl),Cr=`
`,Dl="{YYYY}",Qo=Cr+Dl,Ll="{M}/{D}",Pn=Cr+Ll,ni=Pn+"/{YY}",Nl="{aa}",_u="{h}:{mm}",Xs=_u+Nl,Xo=Cr+Xs,el=":{ss}",pe=null;function Hl(t){let s=t*1e3,e=s*60,n=e*60,i=n*24,l=i*30,o=i*365,f=(t==1?Ln(10,0,3,ai).filter(Pl):Ln(10,-3,0,ai)).concat([s,s*5,s*10,s*15,s*30,e,e*5,e*10,e*15,e*30,n,n*2,n*3,n*4,n*6,n*8,n*12,i,i*2,i*3,i*4,i*5,i*6,i*7,i*8,i*9,i*10,i*15,l,l*2,l*3,l*4,l*6,o,o*2,o*5,o*10,o*25,o*50,o*100]),h=[[o,Dl,pe,pe,pe,pe,pe,pe,1],[i*28,"{MMM}",Qo,pe,pe,pe,pe,pe,1],[i,Ll,Qo,pe,pe,pe,pe,pe,1],[n,"{h}"+Nl,ni,pe,Pn,pe,pe,pe,1],[e,Xs,ni,pe,Pn,pe,pe,pe,1],[s,el,ni+" "+Xs,pe,Pn+" "+Xs,pe,Xo,pe,1],[t,el+".{fff}",ni+" "+Xs,pe,Pn+" "+Xs,pe,Xo,pe,1]];function g(m){return(b,S,k,z,A,R)=>{let w=[],N=A>=o,_=A>=l&&A<o,q=m(k),D=ge(q*t,3),G=cr(q.getFullYear(),N?0:q.getMonth(),_||N?1:q.getDate()),Z=ge(G*t,3);if(_||N){let se=_?A/l:0,Y=N?A/o:0,E=D==Z?D:ge(cr(G.getFullYear()+Y,G.getMonth()+se,1)*t,3),J=new Date(Le(E/t)),I=J.getFullYear(),j=J.getMonth();for(let V=0;E<=z;V++){let ie=cr(I+Y*V,j+se*V,1),U=ie-m(ge(ie*t,3));E=ge((+ie+U)*t,3),E<=z&&w.push(E)}}else{let se=A>=i?i:A,Y=ht(k)-ht(D),E=Z+Y+fi(D-Z,se);w.push(E);let J=m(E),I=J.getHours()+J.getMinutes()/e+J.getSeconds()/n,j=A/n,V=b.axes[S]._space,ie=R/V;for(;E=ge(E+A,t==1?0:3),!(E>z);)if(j>1){let U=ht(ge(I+j,6))%24,re=m(E).getHours()-U;re>1&&(re=-1),E-=re*n,I=(I+j)%24;let he=w[w.length-1];ge((E-he)/A,3)*ie>=.7&&w.push(E)}else w.push(E)}return w}}return[f,h,g]}var[$u,ku,Au]=Hl(1),[Eu,Mu,Tu]=Hl(.001);Ln(2,-53,53,[1]);function tl(t,s){return t.map(e=>e.map((n,i)=>i==0||i==8||n==null?n:s(i==1||e[8]==0?n:e[1]+n)))}function sl(t,s){return(e,n,i,l,o)=>{let c=s.find(k=>o>=k[0])||s[s.length-1],f,h,g,m,b,S;return n.map(k=>{let z=t(k),A=z.getFullYear(),R=z.getMonth(),w=z.getDate(),N=z.getHours(),_=z.getMinutes(),q=z.getSeconds(),D=A!=f&&c[2]||R!=h&&c[3]||w!=g&&c[4]||N!=m&&c[5]||_!=b&&c[6]||q!=S&&c[7]||c[1];return f=A,h=R,g=w,m=N,b=_,S=q,D(z)})}}function Cu(t,s){let e=Tr(s);return(n,i,l,o,c)=>i.map(f=>e(t(f)))}function cr(t,s,e){return new Date(t,s,e)}function nl(t,s){return s(t)}var Ru="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function il(t,s){return(e,n,i,l)=>l==null?_r:s(t(n))}function Pu(t,s){let e=t.series[s];return e.width?e.stroke(t,s):e.points.width?e.points.stroke(t,s):null}function zu(t,s){return t.series[s].fill(t,s)}var Du={show:!0,live:!0,isolate:!1,mount:Xc,markers:{show:!0,width:2,stroke:Pu,fill:zu,dash:"solid"},idx:null,idxs:null,values:[]};function Lu(t,s){let e=t.cursor.points,n=_t(),i=e.size(t,s);we(n,Cn,i),we(n,Rn,i);let l=i/-2;we(n,"marginLeft",l),we(n,"marginTop",l);let o=e.width(t,s,i);return o&&we(n,"borderWidth",o),n}function Nu(t,s){let e=t.series[s].points;return e._fill||e._stroke}function Hu(t,s){let e=t.series[s].points;return e._stroke||e._fill}function Iu(t,s){return t.series[s].points.size}var ur=[0,0];function Ou(t,s,e){return ur[0]=s,ur[1]=e,ur}function ii(t,s,e,n=!0){return i=>{i.button==0&&(!n||i.target==s)&&e(i)}}function fr(t,s,e,n=!0){return i=>{(!n||i.target==s)&&e(i)}}var Fu={show:!0,x:!0,y:!0,lock:!1,move:Ou,points:{one:!1,show:Lu,size:Iu,width:0,stroke:Hu,fill:Nu},bind:{mousedown:ii,mouseup:ii,click:ii,dblclick:ii,mousemove:fr,mouseleave:fr,mouseenter:fr},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(t,s)=>{s.stopPropagation(),s.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(t,s,e,n,i)=>n-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Il={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Rr=Re({},Il,{filter:$l}),Ol=Re({},Rr,{size:10}),Fl=Re({},Il,{show:!1}),Pr='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Ul="bold "+Pr,Vl=1.5,rl={show:!0,scale:"x",stroke:Sr,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ul,side:2,grid:Rr,ticks:Ol,border:Fl,font:Pr,lineGap:Vl,rotate:0},Uu="Value",Vu="Time",ol={show:!0,scale:"x",auto:!1,sorted:1,min:me,max:-me,idxs:[]};function Wu(t,s,e,n,i){return s.map(l=>l==null?"":Er(l))}function qu(t,s,e,n,i,l,o){let c=[],f=ls.get(i)||0;e=o?e:ge(fi(e,i),f);for(let h=e;h<=n;h=ge(h+i,f))c.push(Object.is(h,-0)?0:h);return c}function vr(t,s,e,n,i,l,o){let c=[],f=t.scales[t.axes[s].scale].log,h=f==10?Bt:wl,g=ht(h(e));i=tn(f,g),f==10&&(i=ks[Dt(i,ks)]);let m=e,b=i*f;f==10&&(b=ks[Dt(b,ks)]);do c.push(m),m=m+i,f==10&&!ls.has(m)&&(m=ge(m,ls.get(i))),m>=b&&(i=m,b=i*f,f==10&&(b=ks[Dt(b,ks)]));while(m<=n);return c}function ju(t,s,e,n,i,l,o){let f=t.scales[t.axes[s].scale].asinh,h=n>f?vr(t,s,tt(f,e),n,i):[f],g=n>=0&&e<=0?[0]:[];return(e<-f?vr(t,s,tt(f,-n),-e,i):[f]).reverse().map(b=>-b).concat(g,h)}var Wl=/./,Ku=/[12357]/,Gu=/[125]/,ll=/1/,br=(t,s,e,n)=>t.map((i,l)=>s==4&&i==0||l%n==0&&e.test(i.toExponential()[i<0?1:0])?i:null);function Yu(t,s,e,n,i){let l=t.axes[e],o=l.scale,c=t.scales[o],f=t.valToPos,h=l._space,g=f(10,o),m=f(9,o)-g>=h?Wl:f(7,o)-g>=h?Ku:f(5,o)-g>=h?Gu:ll;if(m==ll){let b=Ne(f(1,o)-g);if(b<h)return br(s.slice().reverse(),c.distr,m,$t(h/b)).reverse()}return br(s,c.distr,m,1)}function Zu(t,s,e,n,i){let l=t.axes[e],o=l.scale,c=l._space,f=t.valToPos,h=Ne(f(1,o)-f(2,o));return h<c?br(s.slice().reverse(),3,Wl,$t(c/h)).reverse():s}function Bu(t,s,e,n){return n==null?_r:s==null?"":Er(s)}var al={show:!0,scale:"y",stroke:Sr,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ul,side:3,grid:Rr,ticks:Ol,border:Fl,font:Pr,lineGap:Vl,rotate:0};function Ju(t,s){let e=3+(t||1)*2;return ge(e*s,3)}function Qu(t,s){let{scale:e,idxs:n}=t.series[0],i=t._data[0],l=t.valToPos(i[n[0]],e,!0),o=t.valToPos(i[n[1]],e,!0),c=Ne(o-l),f=t.series[s],h=c/(f.points.space*ue);return n[1]-n[0]<=h}var cl={scale:null,auto:!0,sorted:0,min:me,max:-me},ql=(t,s,e,n,i)=>i,ul={show:!0,auto:!0,sorted:0,gaps:ql,alpha:1,facets:[Re({},cl,{scale:"x"}),Re({},cl,{scale:"y"})]},fl={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:ql,alpha:1,points:{show:Qu,filter:null},values:null,min:me,max:-me,idxs:[],path:null,clip:null};function Xu(t,s,e,n,i){return e/10}var jl={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},ef=Re({},jl,{time:!1,ori:1}),pl={};function Kl(t,s){let e=pl[t];return e||(e={key:t,plots:[],sub(n){e.plots.push(n)},unsub(n){e.plots=e.plots.filter(i=>i!=n)},pub(n,i,l,o,c,f,h){for(let g=0;g<e.plots.length;g++)e.plots[g]!=i&&e.plots[g].pub(n,i,l,o,c,f,h)}},t!=null&&(pl[t]=e)),e}var rn=1,yr=2;function Ts(t,s,e){let n=t.mode,i=t.series[s],l=n==2?t._data[s]:t._data,o=t.scales,c=t.bbox,f=l[0],h=n==2?l[1]:l[s],g=n==2?o[i.facets[0].scale]:o[t.series[0].scale],m=n==2?o[i.facets[1].scale]:o[i.scale],b=c.left,S=c.top,k=c.width,z=c.height,A=t.valToPosH,R=t.valToPosV;return g.ori==0?e(i,f,h,g,m,A,R,b,S,k,z,di,ln,gi,Yl,Bl):e(i,f,h,g,m,R,A,S,b,z,k,mi,an,Lr,Zl,Jl)}function zr(t,s){let e=0,n=0,i=le(t.bands,Mr);for(let l=0;l<i.length;l++){let o=i[l];o.series[0]==s?e=o.dir:o.series[1]==s&&(o.dir==1?n|=1:n|=2)}return[e,n==1?-1:n==2?1:n==3?2:0]}function tf(t,s,e,n,i){let l=t.mode,o=t.series[s],c=l==2?o.facets[1].scale:o.scale,f=t.scales[c];return i==-1?f.min:i==1?f.max:f.distr==3?f.dir==1?f.min:f.max:0}function Jt(t,s,e,n,i,l){return Ts(t,s,(o,c,f,h,g,m,b,S,k,z,A)=>{let R=o.pxRound,w=h.dir*(h.ori==0?1:-1),N=h.ori==0?ln:an,_,q;w==1?(_=e,q=n):(_=n,q=e);let D=R(m(c[_],h,z,S)),G=R(b(f[_],g,A,k)),Z=R(m(c[q],h,z,S)),se=R(b(l==1?g.max:g.min,g,A,k)),Y=new Path2D(i);return N(Y,Z,se),N(Y,D,se),N(Y,D,G),Y})}function hi(t,s,e,n,i,l){let o=null;if(t.length>0){o=new Path2D;let c=s==0?gi:Lr,f=e;for(let m=0;m<t.length;m++){let b=t[m];if(b[1]>b[0]){let S=b[0]-f;S>0&&c(o,f,n,S,n+l),f=b[1]}}let h=e+i-f,g=10;h>0&&c(o,f,n-g/2,h,n+l+g)}return o}function sf(t,s,e){let n=t[t.length-1];n&&n[0]==s?n[1]=e:t.push([s,e])}function Dr(t,s,e,n,i,l,o){let c=[],f=t.length;for(let h=i==1?e:n;h>=e&&h<=n;h+=i)if(s[h]===null){let m=h,b=h;if(i==1)for(;++h<=n&&s[h]===null;)b=h;else for(;--h>=e&&s[h]===null;)b=h;let S=l(t[m]),k=b==m?S:l(t[b]),z=m-i;S=o<=0&&z>=0&&z<f?l(t[z]):S;let R=b+i;k=o>=0&&R>=0&&R<f?l(t[R]):k,k>=S&&c.push([S,k])}return c}function hl(t){return t==0?_l:t==1?Le:s=>$s(s,t)}function Gl(t){let s=t==0?di:mi,e=t==0?(i,l,o,c,f,h)=>{i.arcTo(l,o,c,f,h)}:(i,l,o,c,f,h)=>{i.arcTo(o,l,f,c,h)},n=t==0?(i,l,o,c,f)=>{i.rect(l,o,c,f)}:(i,l,o,c,f)=>{i.rect(o,l,f,c)};return(i,l,o,c,f,h=0,g=0)=>{h==0&&g==0?n(i,l,o,c,f):(h=Lt(h,c/2,f/2),g=Lt(g,c/2,f/2),s(i,l+h,o),e(i,l+c,o,l+c,o+f,h),e(i,l+c,o+f,l,o+f,g),e(i,l,o+f,l,o,g),e(i,l,o,l+c,o,h),i.closePath())}}var di=(t,s,e)=>{t.moveTo(s,e)},mi=(t,s,e)=>{t.moveTo(e,s)},ln=(t,s,e)=>{t.lineTo(s,e)},an=(t,s,e)=>{t.lineTo(e,s)},gi=Gl(0),Lr=Gl(1),Yl=(t,s,e,n,i,l)=>{t.arc(s,e,n,i,l)},Zl=(t,s,e,n,i,l)=>{t.arc(e,s,n,i,l)},Bl=(t,s,e,n,i,l,o)=>{t.bezierCurveTo(s,e,n,i,l,o)},Jl=(t,s,e,n,i,l,o)=>{t.bezierCurveTo(e,s,i,n,o,l)};function Ql(t){return(s,e,n,i,l)=>Ts(s,e,(o,c,f,h,g,m,b,S,k,z,A)=>{let{pxRound:R,points:w}=o,N,_;h.ori==0?(N=di,_=Yl):(N=mi,_=Zl);let q=ge(w.width*ue,3),D=(w.size-w.width)/2*ue,G=ge(D*2,3),Z=new Path2D,se=new Path2D,{left:Y,top:E,width:J,height:I}=s.bbox;gi(se,Y-G,E-G,J+G*2,I+G*2);let j=V=>{if(f[V]!=null){let ie=R(m(c[V],h,z,S)),U=R(b(f[V],g,A,k));N(Z,ie+D,U),_(Z,ie,U,D,0,ri*2)}};if(l)l.forEach(j);else for(let V=n;V<=i;V++)j(V);return{stroke:q>0?Z:null,fill:Z,clip:se,flags:rn|yr}})}function Xl(t){return(s,e,n,i,l,o)=>{n!=i&&(l!=n&&o!=n&&t(s,e,n),l!=i&&o!=i&&t(s,e,i),t(s,e,o))}}var nf=Xl(ln),rf=Xl(an);function ea(t){let s=le(t?.alignGaps,0);return(e,n,i,l)=>Ts(e,n,(o,c,f,h,g,m,b,S,k,z,A)=>{[i,l]=ci(f,i,l);let R=o.pxRound,w=I=>R(m(I,h,z,S)),N=I=>R(b(I,g,A,k)),_,q;h.ori==0?(_=ln,q=nf):(_=an,q=rf);let D=h.dir*(h.ori==0?1:-1),G={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:rn},Z=G.stroke,se=!1;if(l-i>=z*4){let I=O=>e.posToVal(O,h.key,!0),j=null,V=null,ie,U,nt,Se=w(c[D==1?i:l]),re=w(c[i]),he=w(c[l]),Q=I(D==1?re+1:he-1);for(let O=D==1?i:l;O>=i&&O<=l;O+=D){let ze=c[O],_e=(D==1?ze<Q:ze>Q)?Se:w(ze),fe=f[O];_e==Se?fe!=null?(U=fe,j==null?(_(Z,_e,N(U)),ie=j=V=U):U<j?j=U:U>V&&(V=U)):fe===null&&(se=!0):(j!=null&&q(Z,Se,N(j),N(V),N(ie),N(U)),fe!=null?(U=fe,_(Z,_e,N(U)),j=V=ie=U):(j=V=null,fe===null&&(se=!0)),Se=_e,Q=I(Se+D))}j!=null&&j!=V&&nt!=Se&&q(Z,Se,N(j),N(V),N(ie),N(U))}else for(let I=D==1?i:l;I>=i&&I<=l;I+=D){let j=f[I];j===null?se=!0:j!=null&&_(Z,w(c[I]),N(j))}let[E,J]=zr(e,n);if(o.fill!=null||E!=0){let I=G.fill=new Path2D(Z),j=o.fillTo(e,n,o.min,o.max,E),V=N(j),ie=w(c[i]),U=w(c[l]);D==-1&&([U,ie]=[ie,U]),_(I,U,V),_(I,ie,V)}if(!o.spanGaps){let I=[];se&&I.push(...Dr(c,f,i,l,D,w,s)),G.gaps=I=o.gaps(e,n,i,l,I),G.clip=hi(I,h.ori,S,k,z,A)}return J!=0&&(G.band=J==2?[Jt(e,n,i,l,Z,-1),Jt(e,n,i,l,Z,1)]:Jt(e,n,i,l,Z,J)),G})}function of(t){let s=le(t.align,1),e=le(t.ascDesc,!1),n=le(t.alignGaps,0),i=le(t.extend,!1);return(l,o,c,f)=>Ts(l,o,(h,g,m,b,S,k,z,A,R,w,N)=>{[c,f]=ci(m,c,f);let _=h.pxRound,{left:q,width:D}=l.bbox,G=re=>_(k(re,b,w,A)),Z=re=>_(z(re,S,N,R)),se=b.ori==0?ln:an,Y={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:rn},E=Y.stroke,J=b.dir*(b.ori==0?1:-1),I=Z(m[J==1?c:f]),j=G(g[J==1?c:f]),V=j,ie=j;i&&s==-1&&(ie=q,se(E,ie,I)),se(E,j,I);for(let re=J==1?c:f;re>=c&&re<=f;re+=J){let he=m[re];if(he==null)continue;let Q=G(g[re]),O=Z(he);s==1?se(E,Q,I):se(E,V,O),se(E,Q,O),I=O,V=Q}let U=V;i&&s==1&&(U=q+D,se(E,U,I));let[nt,Se]=zr(l,o);if(h.fill!=null||nt!=0){let re=Y.fill=new Path2D(E),he=h.fillTo(l,o,h.min,h.max,nt),Q=Z(he);se(re,U,Q),se(re,ie,Q)}if(!h.spanGaps){let re=[];re.push(...Dr(g,m,c,f,J,G,n));let he=h.width*ue/2,Q=e||s==1?he:-he,O=e||s==-1?-he:he;re.forEach(ze=>{ze[0]+=Q,ze[1]+=O}),Y.gaps=re=h.gaps(l,o,c,f,re),Y.clip=hi(re,b.ori,A,R,w,N)}return Se!=0&&(Y.band=Se==2?[Jt(l,o,c,f,E,-1),Jt(l,o,c,f,E,1)]:Jt(l,o,c,f,E,Se)),Y})}function dl(t,s,e,n,i,l,o=me){if(t.length>1){let c=null;for(let f=0,h=1/0;f<t.length;f++)if(s[f]!==void 0){if(c!=null){let g=Ne(t[f]-t[c]);g<h&&(h=g,o=Ne(e(t[f],n,i,l)-e(t[c],n,i,l)))}c=f}}return o}function lf(t){t=t||Dn;let s=le(t.size,[.6,me,1]),e=t.align||0,n=t.gap||0,i=t.radius;i=i==null?[0,0]:typeof i=="number"?[i,0]:i;let l=ne(i),o=1-s[0],c=le(s[1],me),f=le(s[2],1),h=le(t.disp,Dn),g=le(t.each,S=>{}),{fill:m,stroke:b}=h;return(S,k,z,A)=>Ts(S,k,(R,w,N,_,q,D,G,Z,se,Y,E)=>{let J=R.pxRound,I=e,j=n*ue,V=c*ue,ie=f*ue,U,nt;_.ori==0?[U,nt]=l(S,k):[nt,U]=l(S,k);let Se=_.dir*(_.ori==0?1:-1),re=_.ori==0?gi:Lr,he=_.ori==0?g:(P,ve,De,Ds,fs,Ot,ps)=>{g(P,ve,De,fs,Ds,ps,Ot)},Q=le(S.bands,Mr).find(P=>P.series[0]==k),O=Q!=null?Q.dir:0,ze=R.fillTo(S,k,R.min,R.max,O),Be=J(G(ze,q,E,se)),_e,fe,Mt,lt=Y,ke=J(R.width*ue),It=!1,Kt=null,vt=null,Xt=null,Rs=null;m!=null&&(ke==0||b!=null)&&(It=!0,Kt=m.values(S,k,z,A),vt=new Map,new Set(Kt).forEach(P=>{P!=null&&vt.set(P,new Path2D)}),ke>0&&(Xt=b.values(S,k,z,A),Rs=new Map,new Set(Xt).forEach(P=>{P!=null&&Rs.set(P,new Path2D)})));let{x0:Ps,size:hn}=h;if(Ps!=null&&hn!=null){I=1,w=Ps.values(S,k,z,A),Ps.unit==2&&(w=w.map(De=>S.posToVal(Z+De*Y,_.key,!0)));let P=hn.values(S,k,z,A);hn.unit==2?fe=P[0]*Y:fe=D(P[0],_,Y,Z)-D(0,_,Y,Z),lt=dl(w,N,D,_,Y,Z,lt),Mt=lt-fe+j}else lt=dl(w,N,D,_,Y,Z,lt),Mt=lt*o+j,fe=lt-Mt;Mt<1&&(Mt=0),ke>=fe/2&&(ke=0),Mt<5&&(J=_l);let On=Mt>0,cs=lt-Mt-(On?ke:0);fe=J(gr(cs,ie,V)),_e=(I==0?fe/2:I==Se?0:fe)-I*Se*((I==0?j/2:0)+(On?ke/2:0));let Je={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},zs=It?null:new Path2D,Gt=null;if(Q!=null)Gt=S.data[Q.series[1]];else{let{y0:P,y1:ve}=h;P!=null&&ve!=null&&(N=ve.values(S,k,z,A),Gt=P.values(S,k,z,A))}let us=U*fe,B=nt*fe;for(let P=Se==1?z:A;P>=z&&P<=A;P+=Se){let ve=N[P];if(ve==null)continue;if(Gt!=null){let it=Gt[P]??0;if(ve-it==0)continue;Be=G(it,q,E,se)}let De=_.distr!=2||h!=null?w[P]:P,Ds=D(De,_,Y,Z),fs=G(le(ve,ze),q,E,se),Ot=J(Ds-_e),ps=J(tt(fs,Be)),at=J(Lt(fs,Be)),bt=ps-at;if(ve!=null){let it=ve<0?B:us,Tt=ve<0?us:B;It?(ke>0&&Xt[P]!=null&&re(Rs.get(Xt[P]),Ot,at+ht(ke/2),fe,tt(0,bt-ke),it,Tt),Kt[P]!=null&&re(vt.get(Kt[P]),Ot,at+ht(ke/2),fe,tt(0,bt-ke),it,Tt)):re(zs,Ot,at+ht(ke/2),fe,tt(0,bt-ke),it,Tt),he(S,k,P,Ot-ke/2,at,fe+ke,bt)}}return ke>0?Je.stroke=It?Rs:zs:It||(Je._fill=R.width==0?R._fill:R._stroke??R._fill,Je.width=0),Je.fill=It?vt:zs,Je})}function af(t,s){let e=le(s?.alignGaps,0);return(n,i,l,o)=>Ts(n,i,(c,f,h,g,m,b,S,k,z,A,R)=>{[l,o]=ci(h,l,o);let w=c.pxRound,N=U=>w(b(U,g,A,k)),_=U=>w(S(U,m,R,z)),q,D,G;g.ori==0?(q=di,G=ln,D=Bl):(q=mi,G=an,D=Jl);let Z=g.dir*(g.ori==0?1:-1),se=N(f[Z==1?l:o]),Y=se,E=[],J=[];for(let U=Z==1?l:o;U>=l&&U<=o;U+=Z)if(h[U]!=null){let Se=f[U],re=N(Se);E.push(Y=re),J.push(_(h[U]))}let I={stroke:t(E,J,q,G,D,w),fill:null,clip:null,band:null,gaps:null,flags:rn},j=I.stroke,[V,ie]=zr(n,i);if(c.fill!=null||V!=0){let U=I.fill=new Path2D(j),nt=c.fillTo(n,i,c.min,c.max,V),Se=_(nt);G(U,Y,Se),G(U,se,Se)}if(!c.spanGaps){let U=[];U.push(...Dr(f,h,l,o,Z,N,e)),I.gaps=U=c.gaps(n,i,l,o,U),I.clip=hi(U,g.ori,k,z,A,R)}return ie!=0&&(I.band=ie==2?[Jt(n,i,l,o,j,-1),Jt(n,i,l,o,j,1)]:Jt(n,i,l,o,j,ie)),I})}function cf(t){return af(uf,t)}function uf(t,s,e,n,i,l){let o=t.length;if(o<2)return null;let c=new Path2D;if(e(c,t[0],s[0]),o==2)n(c,t[1],s[1]);else{let f=Array(o),h=Array(o-1),g=Array(o-1),m=Array(o-1);for(let b=0;b<o-1;b++)g[b]=s[b+1]-s[b],m[b]=t[b+1]-t[b],h[b]=g[b]/m[b];f[0]=h[0];for(let b=1;b<o-1;b++)h[b]===0||h[b-1]===0||h[b-1]>0!=h[b]>0?f[b]=0:(f[b]=3*(m[b-1]+m[b])/((2*m[b]+m[b-1])/h[b-1]+(m[b]+2*m[b-1])/h[b]),isFinite(f[b])||(f[b]=0));f[o-1]=h[o-2];for(let b=0;b<o-1;b++)i(c,t[b]+m[b]/3,s[b]+f[b]*m[b]/3,t[b+1]-m[b]/3,s[b+1]-f[b+1]*m[b]/3,t[b+1],s[b+1])}return c}var xr=new Set;function ml(){for(let t of xr)t.syncRect(!0)}on&&(Es(Wc,en,ml),Es(qc,en,ml,!0),Es(oi,en,()=>{Pe.pxRatio=ue}));var ff=ea(),pf=Ql();function gl(t,s,e,n){return(n?[t[0],t[1]].concat(t.slice(2)):[t[0]].concat(t.slice(1))).map((l,o)=>wr(l,o,s,e))}function hf(t,s){return t.map((e,n)=>n==0?{}:Re({},s,e))}function wr(t,s,e,n){return Re({},s==0?e:n,t)}function ta(t,s,e){return s==null?sn:[s,e]}var df=ta;function mf(t,s,e){return s==null?sn:li(s,e,Ar,!0)}function sa(t,s,e,n){return s==null?sn:ui(s,e,t.scales[n].log,!1)}var gf=sa;function na(t,s,e,n){return s==null?sn:kr(s,e,t.scales[n].log,!1)}var vf=na;function bf(t,s,e,n,i){let l=tt(Yo(t),Yo(s)),o=s-t,c=Dt(i/n*o,e);do{let f=e[c],h=n*f/o;if(h>=i&&l+(f<5?ls.get(f):0)<=17)return[f,h]}while(++c<e.length);return[0,0]}function vl(t){let s,e;return t=t.replace(/(\d+)px/,(n,i)=>(s=Le((e=+i)*ue))+"px"),[t,s,e]}function yf(t){t.show&&[t.font,t.labelFont].forEach(s=>{let e=ge(s[2]*ue,1);s[0]=s[0].replace(/[0-9.]+px/,e+"px"),s[1]=e})}function Pe(t,s,e){let n={mode:le(t.mode,1)},i=n.mode;function l(r,a,u,p){let d=a.valToPct(r);return p+u*(a.dir==-1?1-d:d)}function o(r,a,u,p){let d=a.valToPct(r);return p+u*(a.dir==-1?d:1-d)}function c(r,a,u,p){return a.ori==0?l(r,a,u,p):o(r,a,u,p)}n.valToPosH=l,n.valToPosV=o;let f=!1;n.status=0;let h=n.root=_t(kc);if(t.id!=null&&(h.id=t.id),pt(h,t.class),t.title){let r=_t(Mc,h);r.textContent=t.title}let g=zt("canvas"),m=n.ctx=g.getContext("2d"),b=_t(Tc,h);Es("click",b,r=>{r.target===k&&(be!=js||$e!=Ks)&&je.click(n,r)},!0);let S=n.under=_t(Cc,b);b.appendChild(g);let k=n.over=_t(Rc,b);t=nn(t);let z=+le(t.pxAlign,1),A=hl(z);(t.plugins||[]).forEach(r=>{r.opts&&(t=r.opts(n,t)||t)});let R=t.ms||.001,w=n.series=i==1?gl(t.series||[],ol,fl,!1):hf(t.series||[null],ul),N=n.axes=gl(t.axes||[],rl,al,!0),_=n.scales={},q=n.bands=t.bands||[];q.forEach(r=>{r.fill=ne(r.fill||null),r.dir=le(r.dir,-1)});let D=i==2?w[1].facets[0].scale:w[0].scale,G={axes:Ga,series:Va},Z=(t.drawOrder||["axes","series"]).map(r=>G[r]);function se(r){let a=r.distr==3?u=>Bt(u>0?u:r.clamp(n,u,r.min,r.max,r.key)):r.distr==4?u=>ar(u,r.asinh):r.distr==100?u=>r.fwd(u):u=>u;return u=>{let p=a(u),{_min:d,_max:v}=r,y=v-d;return(p-d)/y}}function Y(r){let a=_[r];if(a==null){let u=(t.scales||Dn)[r]||Dn;if(u.from!=null){Y(u.from);let p=Re({},_[u.from],u,{key:r});p.valToPct=se(p),_[r]=p}else{a=_[r]=Re({},r==D?jl:ef,u),a.key=r;let p=a.time,d=a.range,v=os(d);if((r!=D||i==2&&!p)&&(v&&(d[0]==null||d[1]==null)&&(d={min:d[0]==null?jo:{mode:1,hard:d[0],soft:d[0]},max:d[1]==null?jo:{mode:1,hard:d[1],soft:d[1]}},v=!1),!v&&pi(d))){let y=d;d=(x,$,M)=>$==null?sn:li($,M,y)}a.range=ne(d||(p?df:r==D?a.distr==3?gf:a.distr==4?vf:ta:a.distr==3?sa:a.distr==4?na:mf)),a.auto=ne(v?!1:a.auto),a.clamp=ne(a.clamp||Xu),a._min=a._max=null,a.valToPct=se(a)}}}Y("x"),Y("y"),i==1&&w.forEach(r=>{Y(r.scale)}),N.forEach(r=>{Y(r.scale)});for(let r in t.scales)Y(r);let E=_[D],J=E.distr,I,j;E.ori==0?(pt(h,Ac),I=l,j=o):(pt(h,Ec),I=o,j=l);let V={};for(let r in _){let a=_[r];(a.min!=null||a.max!=null)&&(V[r]={min:a.min,max:a.max},a.min=a.max=null)}let ie=t.tzDate||(r=>new Date(Le(r/R))),U=t.fmtDate||Tr,nt=R==1?Au(ie):Tu(ie),Se=sl(ie,tl(R==1?ku:Mu,U)),re=il(ie,nl(Ru,U)),he=[],Q=n.legend=Re({},Du,t.legend),O=n.cursor=Re({},Fu,{drag:{y:i==2}},t.cursor),ze=Q.show,Be=O.show,_e=Q.markers;Q.idxs=he,_e.width=ne(_e.width),_e.dash=ne(_e.dash),_e.stroke=ne(_e.stroke),_e.fill=ne(_e.fill);let fe,Mt,lt,ke=[],It=[],Kt,vt=!1,Xt={};if(Q.live){let r=w[1]?w[1].values:null;vt=r!=null,Kt=vt?r(n,1,0):{_:0};for(let a in Kt)Xt[a]=_r}if(ze)if(fe=zt("table",Hc,h),lt=zt("tbody",null,fe),Q.mount(n,fe),vt){Mt=zt("thead",null,fe,lt);let r=zt("tr",null,Mt);zt("th",null,r);for(var Rs in Kt)zt("th",Po,r).textContent=Rs}else pt(fe,Oc),Q.live&&pt(fe,Ic);let Ps={show:!0},hn={show:!1};function On(r,a){if(a==0&&(vt||!Q.live||i==2))return sn;let u=[],p=zt("tr",Fc,lt,lt.childNodes[a]);pt(p,r.class),r.show||pt(p,As);let d=zt("th",null,p);if(_e.show){let x=_t(Uc,d);if(a>0){let $=_e.width(n,a);$&&(x.style.border=$+"px "+_e.dash(n,a)+" "+_e.stroke(n,a)),x.style.background=_e.fill(n,a)}}let v=_t(Po,d);r.label instanceof HTMLElement?v.appendChild(r.label):v.textContent=r.label,a>0&&(_e.show||(v.style.color=r.width>0?_e.stroke(n,a):_e.fill(n,a)),Je("click",d,x=>{if(O._lock)return;ds(x);let $=w.indexOf(r);if((x.ctrlKey||x.metaKey)!=Q.isolate){let M=w.some((C,L)=>L>0&&L!=$&&C.show);w.forEach((C,L)=>{L>0&&Ut(L,M?L==$?Ps:hn:Ps,!0,Te.setSeries)})}else Ut($,{show:!r.show},!0,Te.setSeries)},!1),Ns&&Je(No,d,x=>{O._lock||(ds(x),Ut(w.indexOf(r),Ys,!0,Te.setSeries))},!1));for(var y in Kt){let x=zt("td",Vc,p);x.textContent="--",u.push(x)}return[p,u]}let cs=new Map;function Je(r,a,u,p=!0){let d=cs.get(a)||{},v=O.bind[r](n,a,u,p);v&&(Es(r,a,d[r]=v),cs.set(a,d))}function zs(r,a,u){let p=cs.get(a)||{};for(let d in p)(r==null||d==r)&&(mr(d,a,p[d]),delete p[d]);r==null&&cs.delete(a)}let Gt=0,us=0,B=0,P=0,ve=0,De=0,Ds=ve,fs=De,Ot=B,ps=P,at=0,bt=0,it=0,Tt=0;n.bbox={};let $i=!1,Fn=!1,Ls=!1,hs=!1,Un=!1,yt=!1;function ki(r,a,u){(u||r!=n.width||a!=n.height)&&Or(r,a),Us(!1),Ls=!0,Fn=!0,Vs()}function Or(r,a){n.width=Gt=B=r,n.height=us=P=a,ve=De=0,La(),Na();let u=n.bbox;at=u.left=$s(ve*ue,.5),bt=u.top=$s(De*ue,.5),it=u.width=$s(B*ue,.5),Tt=u.height=$s(P*ue,.5)}let Pa=3;function za(){let r=!1,a=0;for(;!r;){a++;let u=ja(a),p=Ka(a);r=a==Pa||u&&p,r||(Or(n.width,n.height),Fn=!0)}}function Da({width:r,height:a}){ki(r,a)}n.setSize=Da;function La(){let r=!1,a=!1,u=!1,p=!1;N.forEach((d,v)=>{if(d.show&&d._show){let{side:y,_size:x}=d,$=y%2,M=d.label!=null?d.labelSize:0,C=x+M;C>0&&($?(B-=C,y==3?(ve+=C,p=!0):u=!0):(P-=C,y==0?(De+=C,r=!0):a=!0))}}),ms[0]=r,ms[1]=u,ms[2]=a,ms[3]=p,B-=es[1]+es[3],ve+=es[3],P-=es[2]+es[0],De+=es[0]}function Na(){let r=ve+B,a=De+P,u=ve,p=De;function d(v,y){switch(v){case 1:return r+=y,r-y;case 2:return a+=y,a-y;case 3:return u-=y,u+y;case 0:return p-=y,p+y}}N.forEach((v,y)=>{if(v.show&&v._show){let x=v.side;v._pos=d(x,v._size),v.label!=null&&(v._lpos=d(x,v.labelSize))}})}if(O.dataIdx==null){let r=O.hover,a=r.skip=new Set(r.skip??[]);a.add(void 0);let u=r.prox=ne(r.prox),p=r.bias??=0;O.dataIdx=(d,v,y,x)=>{if(v==0)return y;let $=y,M=u(d,v,y,x)??me,C=M>=0&&M<me,L=E.ori==0?B:P,K=O.left,ae=s[0],oe=s[v];if(a.has(oe[y])){$=null;let te=null,W=null,F;if(p==0||p==-1)for(F=y;te==null&&F-- >0;)a.has(oe[F])||(te=F);if(p==0||p==1)for(F=y;W==null&&F++<oe.length;)a.has(oe[F])||(W=F);if(te!=null||W!=null)if(C){let xe=te==null?-1/0:I(ae[te],E,L,0),Ae=W==null?1/0:I(ae[W],E,L,0),Ve=K-xe,de=Ae-K;Ve<=de?Ve<=M&&($=te):de<=M&&($=W)}else $=W==null?te:te==null?W:y-te<=W-y?te:W}else C&&Ne(K-I(ae[y],E,L,0))>M&&($=null);return $}}let ds=r=>{O.event=r};O.idxs=he,O._lock=!1;let Ze=O.points;Ze.show=ne(Ze.show),Ze.size=ne(Ze.size),Ze.stroke=ne(Ze.stroke),Ze.width=ne(Ze.width),Ze.fill=ne(Ze.fill);let Ft=n.focus=Re({},t.focus||{alpha:.3},O.focus),Ns=Ft.prox>=0,Hs=Ns&&Ze.one,xt=[],Is=[],Os=[];function Fr(r,a){let u=Ze.show(n,a);if(u instanceof HTMLElement)return pt(u,Nc),pt(u,r.class),jt(u,-10,-10,B,P),k.insertBefore(u,xt[a]),u}function Ur(r,a){if(i==1||a>0){let u=i==1&&_[r.scale].time,p=r.value;r.value=u?Jo(p)?il(ie,nl(p,U)):p||re:p||Bu,r.label=r.label||(u?Vu:Uu)}if(Hs||a>0){r.width=r.width==null?1:r.width,r.paths=r.paths||ff||eu,r.fillTo=ne(r.fillTo||tf),r.pxAlign=+le(r.pxAlign,z),r.pxRound=hl(r.pxAlign),r.stroke=ne(r.stroke||null),r.fill=ne(r.fill||null),r._stroke=r._fill=r._paths=r._focus=null;let u=Ju(tt(1,r.width),1),p=r.points=Re({},{size:u,width:tt(1,u*.2),stroke:r.stroke,space:u*2,paths:pf,_stroke:null,_fill:null},r.points);p.show=ne(p.show),p.filter=ne(p.filter),p.fill=ne(p.fill),p.stroke=ne(p.stroke),p.paths=ne(p.paths),p.pxAlign=r.pxAlign}if(ze){let u=On(r,a);ke.splice(a,0,u[0]),It.splice(a,0,u[1]),Q.values.push(null)}if(Be){he.splice(a,0,null);let u=null;Hs?a==0&&(u=Fr(r,a)):a>0&&(u=Fr(r,a)),xt.splice(a,0,u),Is.splice(a,0,0),Os.splice(a,0,0)}Ue("addSeries",a)}function Ha(r,a){a=a??w.length,r=i==1?wr(r,a,ol,fl):wr(r,a,{},ul),w.splice(a,0,r),Ur(w[a],a)}n.addSeries=Ha;function Ia(r){if(w.splice(r,1),ze){Q.values.splice(r,1),It.splice(r,1);let a=ke.splice(r,1)[0];zs(null,a.firstChild),a.remove()}Be&&(he.splice(r,1),xt.splice(r,1)[0].remove(),Is.splice(r,1),Os.splice(r,1)),Ue("delSeries",r)}n.delSeries=Ia;let ms=[!1,!1,!1,!1];function Oa(r,a){if(r._show=r.show,r.show){let u=r.side%2,p=_[r.scale];p==null&&(r.scale=u?w[1].scale:D,p=_[r.scale]);let d=p.time;r.size=ne(r.size),r.space=ne(r.space),r.rotate=ne(r.rotate),os(r.incrs)&&r.incrs.forEach(y=>{!ls.has(y)&&ls.set(y,Al(y))}),r.incrs=ne(r.incrs||(p.distr==2?Su:d?R==1?$u:Eu:ks)),r.splits=ne(r.splits||(d&&p.distr==1?nt:p.distr==3?vr:p.distr==4?ju:qu)),r.stroke=ne(r.stroke),r.grid.stroke=ne(r.grid.stroke),r.ticks.stroke=ne(r.ticks.stroke),r.border.stroke=ne(r.border.stroke);let v=r.values;r.values=os(v)&&!os(v[0])?ne(v):d?os(v)?sl(ie,tl(v,U)):Jo(v)?Cu(ie,v):v||Se:v||Wu,r.filter=ne(r.filter||(p.distr>=3&&p.log==10?Yu:p.distr==3&&p.log==2?Zu:$l)),r.font=vl(r.font),r.labelFont=vl(r.labelFont),r._size=r.size(n,null,a,0),r._space=r._rotate=r._incrs=r._found=r._splits=r._values=null,r._size>0&&(ms[a]=!0,r._el=_t(Pc,b))}}function dn(r,a,u,p){let[d,v,y,x]=u,$=a%2,M=0;return $==0&&(x||v)&&(M=a==0&&!d||a==2&&!y?Le(rl.size/3):0),$==1&&(d||y)&&(M=a==1&&!v||a==3&&!x?Le(al.size/2):0),M}let Vr=n.padding=(t.padding||[dn,dn,dn,dn]).map(r=>ne(le(r,dn))),es=n._padding=Vr.map((r,a)=>r(n,a,ms,0)),qe,He=null,Ie=null,Vn=i==1?w[0].idxs:null,Ct=null,mn=!1;function Wr(r,a){if(s=r??[],n.data=n._data=s,i==2){qe=0;for(let u=1;u<w.length;u++)qe+=s[u][0].length}else{s.length==0&&(n.data=n._data=s=[[]]),Ct=s[0],qe=Ct.length;let u=s;if(J==2){u=s.slice();let p=u[0]=Array(qe);for(let d=0;d<qe;d++)p[d]=d}n._data=s=u}if(Us(!0),Ue("setData"),J==2&&(Ls=!0),a!==!1){let u=E;u.auto(n,mn)?Ai():ss(D,u.min,u.max),hs=hs||O.left>=0,yt=!0,Vs()}}n.setData=Wr;function Ai(){mn=!0;let r,a;i==1&&(qe>0?(He=Vn[0]=0,Ie=Vn[1]=qe-1,r=s[0][He],a=s[0][Ie],J==2?(r=He,a=Ie):r==a&&(J==3?[r,a]=ui(r,r,E.log,!1):J==4?[r,a]=kr(r,r,E.log,!1):E.time?a=r+Le(86400/R):[r,a]=li(r,a,Ar,!0))):(He=Vn[0]=r=null,Ie=Vn[1]=a=null)),ss(D,r,a)}let Wn,Fs,Ei,Mi,Ti,Ci,Ri,Pi,zi,rt;function qr(r,a,u,p,d,v){r??=Do,u??=Mr,p??="butt",d??=Do,v??="round",r!=Wn&&(m.strokeStyle=Wn=r),d!=Fs&&(m.fillStyle=Fs=d),a!=Ei&&(m.lineWidth=Ei=a),v!=Ti&&(m.lineJoin=Ti=v),p!=Ci&&(m.lineCap=Ci=p),u!=Mi&&m.setLineDash(Mi=u)}function jr(r,a,u,p){a!=Fs&&(m.fillStyle=Fs=a),r!=Ri&&(m.font=Ri=r),u!=Pi&&(m.textAlign=Pi=u),p!=zi&&(m.textBaseline=zi=p)}function Di(r,a,u,p,d=0){if(p.length>0&&r.auto(n,mn)&&(a==null||a.min==null)){let v=le(He,0),y=le(Ie,p.length-1),x=u.min==null?Yc(p,v,y,d,r.distr==3):[u.min,u.max];r.min=Lt(r.min,u.min=x[0]),r.max=tt(r.max,u.max=x[1])}}let Kr={min:null,max:null};function Fa(){for(let p in _){let d=_[p];V[p]==null&&(d.min==null||V[D]!=null&&d.auto(n,mn))&&(V[p]=Kr)}for(let p in _){let d=_[p];V[p]==null&&d.from!=null&&V[d.from]!=null&&(V[p]=Kr)}V[D]!=null&&Us(!0);let r={};for(let p in V){let d=V[p];if(d!=null){let v=r[p]=nn(_[p],nu);if(d.min!=null)Re(v,d);else if(p!=D||i==2)if(qe==0&&v.from==null){let y=v.range(n,null,null,p);v.min=y[0],v.max=y[1]}else v.min=me,v.max=-me}}if(qe>0){w.forEach((p,d)=>{if(i==1){let v=p.scale,y=V[v];if(y==null)return;let x=r[v];if(d==0){let $=x.range(n,x.min,x.max,v);x.min=$[0],x.max=$[1],He=Dt(x.min,s[0]),Ie=Dt(x.max,s[0]),Ie-He>1&&(s[0][He]<x.min&&He++,s[0][Ie]>x.max&&Ie--),p.min=Ct[He],p.max=Ct[Ie]}else p.show&&p.auto&&Di(x,y,p,s[d],p.sorted);p.idxs[0]=He,p.idxs[1]=Ie}else if(d>0&&p.show&&p.auto){let[v,y]=p.facets,x=v.scale,$=y.scale,[M,C]=s[d],L=r[x],K=r[$];L!=null&&Di(L,V[x],v,M,v.sorted),K!=null&&Di(K,V[$],y,C,y.sorted),p.min=y.min,p.max=y.max}});for(let p in r){let d=r[p],v=V[p];if(d.from==null&&(v==null||v.min==null)){let y=d.range(n,d.min==me?null:d.min,d.max==-me?null:d.max,p);d.min=y[0],d.max=y[1]}}}for(let p in r){let d=r[p];if(d.from!=null){let v=r[d.from];if(v.min==null)d.min=d.max=null;else{let y=d.range(n,v.min,v.max,p);d.min=y[0],d.max=y[1]}}}let a={},u=!1;for(let p in r){let d=r[p],v=_[p];if(v.min!=d.min||v.max!=d.max){v.min=d.min,v.max=d.max;let y=v.distr;v._min=y==3?Bt(v.min):y==4?ar(v.min,v.asinh):y==100?v.fwd(v.min):v.min,v._max=y==3?Bt(v.max):y==4?ar(v.max,v.asinh):y==100?v.fwd(v.max):v.max,a[p]=u=!0}}if(u){w.forEach((p,d)=>{i==2?d>0&&a.y&&(p._paths=null):a[p.scale]&&(p._paths=null)});for(let p in a)Ls=!0,Ue("setScale",p);Be&&O.left>=0&&(hs=yt=!0)}for(let p in V)V[p]=null}function Ua(r){let a=gr(He-1,0,qe-1),u=gr(Ie+1,0,qe-1);for(;r[a]==null&&a>0;)a--;for(;r[u]==null&&u<qe-1;)u++;return[a,u]}function Va(){if(qe>0){let r=w.some(a=>a._focus)&&rt!=Ft.alpha;r&&(m.globalAlpha=rt=Ft.alpha),w.forEach((a,u)=>{if(u>0&&a.show&&(Gr(u,!1),Gr(u,!0),a._paths==null)){let p=rt;rt!=a.alpha&&(m.globalAlpha=rt=a.alpha);let d=i==2?[0,s[u][0].length-1]:Ua(s[u]);a._paths=a.paths(n,u,d[0],d[1]),rt!=p&&(m.globalAlpha=rt=p)}}),w.forEach((a,u)=>{if(u>0&&a.show){let p=rt;rt!=a.alpha&&(m.globalAlpha=rt=a.alpha),a._paths!=null&&Yr(u,!1);{let d=a._paths!=null?a._paths.gaps:null,v=a.points.show(n,u,He,Ie,d),y=a.points.filter(n,u,v,d);(v||y)&&(a.points._paths=a.points.paths(n,u,He,Ie,y),Yr(u,!0))}rt!=p&&(m.globalAlpha=rt=p),Ue("drawSeries",u)}}),r&&(m.globalAlpha=rt=1)}}function Gr(r,a){let u=a?w[r].points:w[r];u._stroke=u.stroke(n,r),u._fill=u.fill(n,r)}function Yr(r,a){let u=a?w[r].points:w[r],{stroke:p,fill:d,clip:v,flags:y,_stroke:x=u._stroke,_fill:$=u._fill,_width:M=u.width}=u._paths;M=ge(M*ue,3);let C=null,L=M%2/2;a&&$==null&&($=M>0?"#fff":x);let K=u.pxAlign==1&&L>0;if(K&&m.translate(L,L),!a){let ae=at-M/2,oe=bt-M/2,te=it+M,W=Tt+M;C=new Path2D,C.rect(ae,oe,te,W)}a?Li(x,M,u.dash,u.cap,$,p,d,y,v):Wa(r,x,M,u.dash,u.cap,$,p,d,y,C,v),K&&m.translate(-L,-L)}function Wa(r,a,u,p,d,v,y,x,$,M,C){let L=!1;$!=0&&q.forEach((K,ae)=>{if(K.series[0]==r){let oe=w[K.series[1]],te=s[K.series[1]],W=(oe._paths||Dn).band;os(W)&&(W=K.dir==1?W[0]:W[1]);let F,xe=null;oe.show&&W&&Bc(te,He,Ie)?(xe=K.fill(n,ae)||v,F=oe._paths.clip):W=null,Li(a,u,p,d,xe,y,x,$,M,C,F,W),L=!0}}),L||Li(a,u,p,d,v,y,x,$,M,C)}let Zr=rn|yr;function Li(r,a,u,p,d,v,y,x,$,M,C,L){qr(r,a,u,p,d),($||M||L)&&(m.save(),$&&m.clip($),M&&m.clip(M)),L?(x&Zr)==Zr?(m.clip(L),C&&m.clip(C),jn(d,y),qn(r,v,a)):x&yr?(jn(d,y),m.clip(L),qn(r,v,a)):x&rn&&(m.save(),m.clip(L),C&&m.clip(C),jn(d,y),m.restore(),qn(r,v,a)):(jn(d,y),qn(r,v,a)),($||M||L)&&m.restore()}function qn(r,a,u){u>0&&(a instanceof Map?a.forEach((p,d)=>{m.strokeStyle=Wn=d,m.stroke(p)}):a!=null&&r&&m.stroke(a))}function jn(r,a){a instanceof Map?a.forEach((u,p)=>{m.fillStyle=Fs=p,m.fill(u)}):a!=null&&r&&m.fill(a)}function qa(r,a,u,p){let d=N[r],v;if(p<=0)v=[0,0];else{let y=d._space=d.space(n,r,a,u,p),x=d._incrs=d.incrs(n,r,a,u,p,y);v=bf(a,u,x,p,y)}return d._found=v}function Ni(r,a,u,p,d,v,y,x,$,M){let C=y%2/2;z==1&&m.translate(C,C),qr(x,y,$,M,x),m.beginPath();let L,K,ae,oe,te=d+(p==0||p==3?-v:v);u==0?(K=d,oe=te):(L=d,ae=te);for(let W=0;W<r.length;W++)a[W]!=null&&(u==0?L=ae=r[W]:K=oe=r[W],m.moveTo(L,K),m.lineTo(ae,oe));m.stroke(),z==1&&m.translate(-C,-C)}function ja(r){let a=!0;return N.forEach((u,p)=>{if(!u.show)return;let d=_[u.scale];if(d.min==null){u._show&&(a=!1,u._show=!1,Us(!1));return}else u._show||(a=!1,u._show=!0,Us(!1));let v=u.side,y=v%2,{min:x,max:$}=d,[M,C]=qa(p,x,$,y==0?B:P);if(C==0)return;let L=d.distr==2,K=u._splits=u.splits(n,p,x,$,M,C,L),ae=d.distr==2?K.map(F=>Ct[F]):K,oe=d.distr==2?Ct[K[1]]-Ct[K[0]]:M,te=u._values=u.values(n,u.filter(n,ae,p,C,oe),p,C,oe);u._rotate=v==2?u.rotate(n,te,p,C):0;let W=u._size;u._size=$t(u.size(n,te,p,r)),W!=null&&u._size!=W&&(a=!1)}),a}function Ka(r){let a=!0;return Vr.forEach((u,p)=>{let d=u(n,p,ms,r);d!=es[p]&&(a=!1),es[p]=d}),a}function Ga(){for(let r=0;r<N.length;r++){let a=N[r];if(!a.show||!a._show)continue;let u=a.side,p=u%2,d,v,y=a.stroke(n,r),x=u==0||u==3?-1:1,[$,M]=a._found;if(a.label!=null){let Xe=a.labelGap*x,ft=Le((a._lpos+Xe)*ue);jr(a.labelFont[0],y,"center",u==2?"top":zo),m.save(),p==1?(d=v=0,m.translate(ft,Le(bt+Tt/2)),m.rotate((u==3?-ri:ri)/2)):(d=Le(at+it/2),v=ft);let bs=Sl(a.label)?a.label(n,r,$,M):a.label;m.fillText(bs,d,v),m.restore()}if(M==0)continue;let C=_[a.scale],L=p==0?it:Tt,K=p==0?at:bt,ae=a._splits,oe=C.distr==2?ae.map(Xe=>Ct[Xe]):ae,te=C.distr==2?Ct[ae[1]]-Ct[ae[0]]:$,W=a.ticks,F=a.border,xe=W.show?W.size:0,Ae=Le(xe*ue),Ve=Le((a.alignTo==2?a._size-xe-a.gap:a.gap)*ue),de=a._rotate*-ri/180,Ee=A(a._pos*ue),ct=(Ae+Ve)*x,Qe=Ee+ct;v=p==0?Qe:0,d=p==1?Qe:0;let wt=a.font[0],Rt=a.align==1?Qs:a.align==2?rr:de>0?Qs:de<0?rr:p==0?"center":u==3?rr:Qs,Wt=de||p==1?"middle":u==2?"top":zo;jr(wt,y,Rt,Wt);let ut=a.font[1]*a.lineGap,St=ae.map(Xe=>A(c(Xe,C,L,K))),Pt=a._values;for(let Xe=0;Xe<Pt.length;Xe++){let ft=Pt[Xe];if(ft!=null){p==0?d=St[Xe]:v=St[Xe],ft=""+ft;let bs=ft.indexOf(`
`)==-1?[ft]:ft.split(/\n/gm);for(let et=0;et<bs.length;et++){let mo=bs[et];de?(m.save(),m.translate(d,v+et*ut),m.rotate(de),m.fillText(mo,0,0),m.restore()):m.fillText(mo,d,v+et*ut)}}}W.show&&Ni(St,W.filter(n,oe,r,M,te),p,u,Ee,Ae,ge(W.width*ue,3),W.stroke(n,r),W.dash,W.cap);let qt=a.grid;qt.show&&Ni(St,qt.filter(n,oe,r,M,te),p,p==0?2:1,p==0?bt:at,p==0?Tt:it,ge(qt.width*ue,3),qt.stroke(n,r),qt.dash,qt.cap),F.show&&Ni([Ee],[1],p==0?1:0,p==0?1:2,p==1?bt:at,p==1?Tt:it,ge(F.width*ue,3),F.stroke(n,r),F.dash,F.cap)}Ue("drawAxes")}function Us(r){w.forEach((a,u)=>{u>0&&(a._paths=null,r&&(i==1?(a.min=null,a.max=null):a.facets.forEach(p=>{p.min=null,p.max=null})))})}let Kn=!1,Hi=!1,gn=[];function Ya(){Hi=!1;for(let r=0;r<gn.length;r++)Ue(...gn[r]);gn.length=0}function Vs(){Kn||(uu(Br),Kn=!0)}function Za(r,a=!1){Kn=!0,Hi=a,r(n),Br(),a&&gn.length>0&&queueMicrotask(Ya)}n.batch=Za;function Br(){if($i&&(Fa(),$i=!1),Ls&&(za(),Ls=!1),Fn){if(we(S,Qs,ve),we(S,"top",De),we(S,Cn,B),we(S,Rn,P),we(k,Qs,ve),we(k,"top",De),we(k,Cn,B),we(k,Rn,P),we(b,Cn,Gt),we(b,Rn,us),g.width=Le(Gt*ue),g.height=Le(us*ue),N.forEach(({_el:r,_show:a,_size:u,_pos:p,side:d})=>{if(r!=null)if(a){let v=d===3||d===0?u:0,y=d%2==1;we(r,y?"left":"top",p-v),we(r,y?"width":"height",u),we(r,y?"top":"left",y?De:ve),we(r,y?"height":"width",y?P:B),dr(r,As)}else pt(r,As)}),Wn=Fs=Ei=Ti=Ci=Ri=Pi=zi=Mi=null,rt=1,yn(!0),ve!=Ds||De!=fs||B!=Ot||P!=ps){Us(!1);let r=B/Ot,a=P/ps;if(Be&&!hs&&O.left>=0){O.left*=r,O.top*=a,Ws&&jt(Ws,Le(O.left),0,B,P),qs&&jt(qs,0,Le(O.top),B,P);for(let u=0;u<xt.length;u++){let p=xt[u];p!=null&&(Is[u]*=r,Os[u]*=a,jt(p,$t(Is[u]),$t(Os[u]),B,P))}}if(ye.show&&!Un&&ye.left>=0&&ye.width>0){ye.left*=r,ye.width*=r,ye.top*=a,ye.height*=a;for(let u in Wi)we(Gs,u,ye[u])}Ds=ve,fs=De,Ot=B,ps=P}Ue("setSize"),Fn=!1}Gt>0&&us>0&&(m.clearRect(0,0,g.width,g.height),Ue("drawClear"),Z.forEach(r=>r()),Ue("draw")),ye.show&&Un&&(Gn(ye),Un=!1),Be&&hs&&(vs(null,!0,!1),hs=!1),Q.show&&Q.live&&yt&&(Ui(),yt=!1),f||(f=!0,n.status=1,Ue("ready")),mn=!1,Kn=!1}n.redraw=(r,a)=>{Ls=a||!1,r!==!1?ss(D,E.min,E.max):Vs()};function Ii(r,a){let u=_[r];if(u.from==null){if(qe==0){let p=u.range(n,a.min,a.max,r);a.min=p[0],a.max=p[1]}if(a.min>a.max){let p=a.min;a.min=a.max,a.max=p}if(qe>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;r==D&&u.distr==2&&qe>0&&(a.min=Dt(a.min,s[0]),a.max=Dt(a.max,s[0]),a.min==a.max&&a.max++),V[r]=a,$i=!0,Vs()}}n.setScale=Ii;let Oi,Fi,Ws,qs,Jr,Qr,js,Ks,Xr,eo,be,$e,ts=!1,je=O.drag,Oe=je.x,Fe=je.y;Be&&(O.x&&(Oi=_t(Dc,k)),O.y&&(Fi=_t(Lc,k)),E.ori==0?(Ws=Oi,qs=Fi):(Ws=Fi,qs=Oi),be=O.left,$e=O.top);let ye=n.select=Re({show:!0,over:!0,left:0,width:0,top:0,height:0},t.select),Gs=ye.show?_t(zc,ye.over?k:S):null;function Gn(r,a){if(ye.show){for(let u in r)ye[u]=r[u],u in Wi&&we(Gs,u,r[u]);a!==!1&&Ue("setSelect")}}n.setSelect=Gn;function Ba(r){if(w[r].show)ze&&dr(ke[r],As);else if(ze&&pt(ke[r],As),Be){let u=Hs?xt[0]:xt[r];u!=null&&jt(u,-10,-10,B,P)}}function ss(r,a,u){Ii(r,{min:a,max:u})}function Ut(r,a,u,p){a.focus!=null&&tc(r),a.show!=null&&w.forEach((d,v)=>{v>0&&(r==v||r==null)&&(d.show=a.show,Ba(v),i==2?(ss(d.facets[0].scale,null,null),ss(d.facets[1].scale,null,null)):ss(d.scale,null,null),Vs())}),u!==!1&&Ue("setSeries",r,a),p&&xn("setSeries",n,r,a)}n.setSeries=Ut;function Ja(r,a){Re(q[r],a)}function Qa(r,a){r.fill=ne(r.fill||null),r.dir=le(r.dir,-1),a=a??q.length,q.splice(a,0,r)}function Xa(r){r==null?q.length=0:q.splice(r,1)}n.addBand=Qa,n.setBand=Ja,n.delBand=Xa;function ec(r,a){w[r].alpha=a,Be&&xt[r]!=null&&(xt[r].style.opacity=a),ze&&ke[r]&&(ke[r].style.opacity=a)}let Yt,ns,gs,Ys={focus:!0};function tc(r){if(r!=gs){let a=r==null,u=Ft.alpha!=1;w.forEach((p,d)=>{if(i==1||d>0){let v=a||d==0||d==r;p._focus=a?null:v,u&&ec(d,v?1:Ft.alpha)}}),gs=r,u&&Vs()}}ze&&Ns&&Je(Ho,fe,r=>{O._lock||(ds(r),gs!=null&&Ut(null,Ys,!0,Te.setSeries))});function Vt(r,a,u){let p=_[a];u&&(r=r/ue-(p.ori==1?De:ve));let d=B;p.ori==1&&(d=P,r=d-r),p.dir==-1&&(r=d-r);let v=p._min,y=p._max,x=r/d,$=v+(y-v)*x,M=p.distr;return M==3?tn(10,$):M==4?Qc($,p.asinh):M==100?p.bwd($):$}function sc(r,a){let u=Vt(r,D,a);return Dt(u,s[0],He,Ie)}n.valToIdx=r=>Dt(r,s[0]),n.posToIdx=sc,n.posToVal=Vt,n.valToPos=(r,a,u)=>_[a].ori==0?l(r,_[a],u?it:B,u?at:0):o(r,_[a],u?Tt:P,u?bt:0),n.setCursor=(r,a,u)=>{be=r.left,$e=r.top,vs(null,a,u)};function to(r,a){we(Gs,Qs,ye.left=r),we(Gs,Cn,ye.width=a)}function so(r,a){we(Gs,"top",ye.top=r),we(Gs,Rn,ye.height=a)}let vn=E.ori==0?to:so,bn=E.ori==1?to:so;function nc(){if(ze&&Q.live)for(let r=i==2?1:0;r<w.length;r++){if(r==0&&vt)continue;let a=Q.values[r],u=0;for(let p in a)It[r][u++].firstChild.nodeValue=a[p]}}function Ui(r,a){if(r!=null&&(r.idxs?r.idxs.forEach((u,p)=>{he[p]=u}):su(r.idx)||he.fill(r.idx),Q.idx=he[0]),ze&&Q.live){for(let u=0;u<w.length;u++)(u>0||i==1&&!vt)&&ic(u,he[u]);nc()}yt=!1,a!==!1&&Ue("setLegend")}n.setLegend=Ui;function ic(r,a){let u=w[r],p=r==0&&J==2?Ct:s[r],d;vt?d=u.values(n,r,a)??Xt:(d=u.value(n,a==null?null:p[a],r,a),d=d==null?Xt:{_:d}),Q.values[r]=d}function vs(r,a,u){Xr=be,eo=$e,[be,$e]=O.move(n,be,$e),O.left=be,O.top=$e,Be&&(Ws&&jt(Ws,Le(be),0,B,P),qs&&jt(qs,0,Le($e),B,P));let p,d=He>Ie;Yt=me,ns=null;let v=E.ori==0?B:P,y=E.ori==1?B:P;if(be<0||qe==0||d){p=O.idx=null;for(let x=0;x<w.length;x++){let $=xt[x];$!=null&&jt($,-10,-10,B,P)}Ns&&Ut(null,Ys,!0,r==null&&Te.setSeries),Q.live&&(he.fill(p),yt=!0)}else{let x,$,M;i==1&&(x=E.ori==0?be:$e,$=Vt(x,D),p=O.idx=Dt($,s[0],He,Ie),M=I(s[0][p],E,v,0));let C=-10,L=-10,K=0,ae=0,oe=!0,te="",W="";for(let F=i==2?1:0;F<w.length;F++){let xe=w[F],Ae=he[F],Ve=Ae==null?null:i==1?s[F][Ae]:s[F][1][Ae],de=O.dataIdx(n,F,p,$),Ee=de==null?null:i==1?s[F][de]:s[F][1][de];if(yt=yt||Ee!=Ve||de!=Ae,he[F]=de,F>0&&xe.show){let ct=de==null?-10:de==p?M:I(i==1?s[0][de]:s[F][0][de],E,v,0),Qe=Ee==null?-10:j(Ee,i==1?_[xe.scale]:_[xe.facets[1].scale],y,0);if(Ns&&Ee!=null){let wt=E.ori==1?be:$e,Rt=Ne(Ft.dist(n,F,de,Qe,wt));if(Rt<Yt){let Wt=Ft.bias;if(Wt!=0){let ut=Vt(wt,xe.scale),St=Ee>=0?1:-1,Pt=ut>=0?1:-1;Pt==St&&(Pt==1?Wt==1?Ee>=ut:Ee<=ut:Wt==1?Ee<=ut:Ee>=ut)&&(Yt=Rt,ns=F)}else Yt=Rt,ns=F}}if(yt||Hs){let wt,Rt;E.ori==0?(wt=ct,Rt=Qe):(wt=Qe,Rt=ct);let Wt,ut,St,Pt,qt,Xe,ft=!0,bs=Ze.bbox;if(bs!=null){ft=!1;let et=bs(n,F);St=et.left,Pt=et.top,Wt=et.width,ut=et.height}else St=wt,Pt=Rt,Wt=ut=Ze.size(n,F);if(Xe=Ze.fill(n,F),qt=Ze.stroke(n,F),Hs)F==ns&&Yt<=Ft.prox&&(C=St,L=Pt,K=Wt,ae=ut,oe=ft,te=Xe,W=qt);else{let et=xt[F];et!=null&&(Is[F]=St,Os[F]=Pt,qo(et,Wt,ut,ft),Vo(et,Xe,qt),jt(et,$t(St),$t(Pt),B,P))}}}}if(Hs){let F=Ft.prox,xe=gs==null?Yt<=F:Yt>F||ns!=gs;if(yt||xe){let Ae=xt[0];Ae!=null&&(Is[0]=C,Os[0]=L,qo(Ae,K,ae,oe),Vo(Ae,te,W),jt(Ae,$t(C),$t(L),B,P))}}}if(ye.show&&ts)if(r!=null){let[x,$]=Te.scales,[M,C]=Te.match,[L,K]=r.cursor.sync.scales,ae=r.cursor.drag;if(Oe=ae._x,Fe=ae._y,Oe||Fe){let{left:oe,top:te,width:W,height:F}=r.select,xe=r.scales[L].ori,Ae=r.posToVal,Ve,de,Ee,ct,Qe,wt=x!=null&&M(x,L),Rt=$!=null&&C($,K);wt&&Oe?(xe==0?(Ve=oe,de=W):(Ve=te,de=F),Ee=_[x],ct=I(Ae(Ve,L),Ee,v,0),Qe=I(Ae(Ve+de,L),Ee,v,0),vn(Lt(ct,Qe),Ne(Qe-ct))):vn(0,v),Rt&&Fe?(xe==1?(Ve=oe,de=W):(Ve=te,de=F),Ee=_[$],ct=j(Ae(Ve,K),Ee,y,0),Qe=j(Ae(Ve+de,K),Ee,y,0),bn(Lt(ct,Qe),Ne(Qe-ct))):bn(0,y)}else qi()}else{let x=Ne(Xr-Jr),$=Ne(eo-Qr);if(E.ori==1){let K=x;x=$,$=K}Oe=je.x&&x>=je.dist,Fe=je.y&&$>=je.dist;let M=je.uni;M!=null?Oe&&Fe&&(Oe=x>=M,Fe=$>=M,!Oe&&!Fe&&($>x?Fe=!0:Oe=!0)):je.x&&je.y&&(Oe||Fe)&&(Oe=Fe=!0);let C,L;Oe&&(E.ori==0?(C=js,L=be):(C=Ks,L=$e),vn(Lt(C,L),Ne(L-C)),Fe||bn(0,y)),Fe&&(E.ori==1?(C=js,L=be):(C=Ks,L=$e),bn(Lt(C,L),Ne(L-C)),Oe||vn(0,v)),!Oe&&!Fe&&(vn(0,0),bn(0,0))}if(je._x=Oe,je._y=Fe,r==null){if(u){if(ho!=null){let[x,$]=Te.scales;Te.values[0]=x!=null?Vt(E.ori==0?be:$e,x):null,Te.values[1]=$!=null?Vt(E.ori==1?be:$e,$):null}xn(or,n,be,$e,B,P,p)}if(Ns){let x=u&&Te.setSeries,$=Ft.prox;gs==null?Yt<=$&&Ut(ns,Ys,!0,x):Yt>$?Ut(null,Ys,!0,x):ns!=gs&&Ut(ns,Ys,!0,x)}}yt&&(Q.idx=p,Ui()),a!==!1&&Ue("setCursor")}let is=null;Object.defineProperty(n,"rect",{get(){return is==null&&yn(!1),is}});function yn(r=!1){r?is=null:(is=k.getBoundingClientRect(),Ue("syncRect",is))}function no(r,a,u,p,d,v,y){O._lock||ts&&r!=null&&r.movementX==0&&r.movementY==0||(Vi(r,a,u,p,d,v,y,!1,r!=null),r!=null?vs(null,!0,!0):vs(a,!0,!1))}function Vi(r,a,u,p,d,v,y,x,$){if(is==null&&yn(!1),ds(r),r!=null)u=r.clientX-is.left,p=r.clientY-is.top;else{if(u<0||p<0){be=-10,$e=-10;return}let[M,C]=Te.scales,L=a.cursor.sync,[K,ae]=L.values,[oe,te]=L.scales,[W,F]=Te.match,xe=a.axes[0].side%2==1,Ae=E.ori==0?B:P,Ve=E.ori==1?B:P,de=xe?v:d,Ee=xe?d:v,ct=xe?p:u,Qe=xe?u:p;if(oe!=null?u=W(M,oe)?c(K,_[M],Ae,0):-10:u=Ae*(ct/de),te!=null?p=F(C,te)?c(ae,_[C],Ve,0):-10:p=Ve*(Qe/Ee),E.ori==1){let wt=u;u=p,p=wt}}$&&(a==null||a.cursor.event.type==or)&&((u<=1||u>=B-1)&&(u=$s(u,B)),(p<=1||p>=P-1)&&(p=$s(p,P))),x?(Jr=u,Qr=p,[js,Ks]=O.move(n,u,p)):(be=u,$e=p)}let Wi={width:0,height:0,left:0,top:0};function qi(){Gn(Wi,!1)}let io,ro,oo,lo;function ao(r,a,u,p,d,v,y){ts=!0,Oe=Fe=je._x=je._y=!1,Vi(r,a,u,p,d,v,y,!0,!1),r!=null&&(Je(lr,pr,co,!1),xn(Lo,n,js,Ks,B,P,null));let{left:x,top:$,width:M,height:C}=ye;io=x,ro=$,oo=M,lo=C}function co(r,a,u,p,d,v,y){ts=je._x=je._y=!1,Vi(r,a,u,p,d,v,y,!1,!0);let{left:x,top:$,width:M,height:C}=ye,L=M>0||C>0,K=io!=x||ro!=$||oo!=M||lo!=C;if(L&&K&&Gn(ye),je.setScale&&L&&K){let ae=x,oe=M,te=$,W=C;if(E.ori==1&&(ae=$,oe=C,te=x,W=M),Oe&&ss(D,Vt(ae,D),Vt(ae+oe,D)),Fe)for(let F in _){let xe=_[F];F!=D&&xe.from==null&&xe.min!=me&&ss(F,Vt(te+W,F),Vt(te,F))}qi()}else O.lock&&(O._lock=!O._lock,vs(a,!0,r!=null));r!=null&&(zs(lr,pr),xn(lr,n,be,$e,B,P,null))}function rc(r,a,u,p,d,v,y){if(O._lock)return;ds(r);let x=ts;if(ts){let $=!0,M=!0,C=10,L,K;E.ori==0?(L=Oe,K=Fe):(L=Fe,K=Oe),L&&K&&($=be<=C||be>=B-C,M=$e<=C||$e>=P-C),L&&$&&(be=be<js?0:B),K&&M&&($e=$e<Ks?0:P),vs(null,!0,!0),ts=!1}be=-10,$e=-10,he.fill(null),vs(null,!0,!0),x&&(ts=x)}function uo(r,a,u,p,d,v,y){O._lock||(ds(r),Ai(),qi(),r!=null&&xn(Io,n,be,$e,B,P,null))}function fo(){N.forEach(yf),ki(n.width,n.height,!0)}Es(oi,en,fo);let Zs={};Zs.mousedown=ao,Zs.mousemove=no,Zs.mouseup=co,Zs.dblclick=uo,Zs.setSeries=(r,a,u,p)=>{let d=Te.match[2];u=d(n,a,u),u!=-1&&Ut(u,p,!0,!1)},Be&&(Je(Lo,k,ao),Je(or,k,no),Je(No,k,r=>{ds(r),yn(!1)}),Je(Ho,k,rc),Je(Io,k,uo),xr.add(n),n.syncRect=yn);let Yn=n.hooks=t.hooks||{};function Ue(r,a,u){Hi?gn.push([r,a,u]):r in Yn&&Yn[r].forEach(p=>{p.call(null,n,a,u)})}(t.plugins||[]).forEach(r=>{for(let a in r.hooks)Yn[a]=(Yn[a]||[]).concat(r.hooks[a])});let po=(r,a,u)=>u,Te=Re({key:null,setSeries:!1,filters:{pub:Zo,sub:Zo},scales:[D,w[1]?w[1].scale:null],match:[Bo,Bo,po],values:[null,null]},O.sync);Te.match.length==2&&Te.match.push(po),O.sync=Te;let ho=Te.key,ji=Kl(ho);function xn(r,a,u,p,d,v,y){Te.filters.pub(r,a,u,p,d,v,y)&&ji.pub(r,a,u,p,d,v,y)}ji.sub(n);function oc(r,a,u,p,d,v,y){Te.filters.sub(r,a,u,p,d,v,y)&&Zs[r](null,a,u,p,d,v,y)}n.pub=oc;function lc(){ji.unsub(n),xr.delete(n),cs.clear(),mr(oi,en,fo),h.remove(),fe?.remove(),Ue("destroy")}n.destroy=lc;function Ki(){Ue("init",t,s),Wr(s||t.data,!1),V[D]?Ii(D,V[D]):Ai(),Un=ye.show&&(ye.width>0||ye.height>0),hs=yt=!0,ki(t.width,t.height)}return w.forEach(Ur),N.forEach(Oa),e?e instanceof HTMLElement?(e.appendChild(h),Ki()):e(n,Ki):Ki(),n}Pe.assign=Re;Pe.fmtNum=Er;Pe.rangeNum=li;Pe.rangeLog=ui;Pe.rangeAsinh=kr;Pe.orient=Ts;Pe.pxRatio=ue;Pe.join=cu;Pe.fmtDate=Tr,Pe.tzDate=xu;Pe.sync=Kl;{Pe.addGap=sf,Pe.clipGaps=hi;let t=Pe.paths={points:Ql};t.linear=ea,t.stepped=of,t.bars=lf,t.spline=cf}var ia='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';function wf(t){switch(t.number_format){case"comma_decimal":return["en-US","en"];case"decimal_comma":return["de","es","it"];case"space_comma":return["fr","sv","cs"];case"system":return;default:return t.language}}function Sf(t){if(t.time_format==="12")return!0;if(t.time_format==="24")return!1}function as(t,s){let e=wf(t),n=t.number_format==="none",i=new Map,l=t.time_zone==="server"&&s?s:void 0,o=Sf(t),c=t.language||"en",f=new Intl.DateTimeFormat(c,{dateStyle:"medium",timeStyle:"short",hour12:o,timeZone:l}),h=new Intl.DateTimeFormat(c,{hour:"numeric",minute:"2-digit",hour12:o,timeZone:l}),g=new Intl.DateTimeFormat(c,{month:"short",day:"numeric",timeZone:l}),m=new Intl.RelativeTimeFormat(c,{numeric:"auto"});return{number(b,S){if(b==null||!Number.isFinite(b))return"—";let k=i.get(S);return k||(k=new Intl.NumberFormat(e,{minimumFractionDigits:S,maximumFractionDigits:S,useGrouping:!n}),i.set(S,k)),k.format(b)},dateTime:b=>f.format(b),time:b=>h.format(b),date:b=>g.format(b),relative(b){let S=Math.round(b/1e3);if(Math.abs(S)<60)return m.format(-S,"second");let k=Math.round(S/60);if(Math.abs(k)<60)return m.format(-k,"minute");let z=Math.round(k/60);return Math.abs(z)<48?m.format(-z,"hour"):m.format(-Math.round(z/24),"day")}}}function cn(t){if(!Number.isFinite(t)||t<0)return"—";let s=Math.floor(t/1e3);if(s<60)return`${s} s`;let e=Math.floor(s/60);if(e<60)return`${e} min`;let n=Math.floor(e/60);return n<48?`${n} h ${String(e%60).padStart(2,"0")} min`:`${Math.floor(n/24)} d ${n%24} h`}function vi(t){let s=t<0,e=Math.round(Math.abs(t)/60),n=Math.floor(e/60),i=e%60,l=Math.floor(n/24),o=l>0?String(n%24).padStart(2,"0"):String(n),c=`${l>0?`${l}d `:""}${o}:${String(i).padStart(2,"0")}`;return s?`-${c}`:c}var Nn=86400;function ra(t,s,e){let n="";return t.map(i=>{let l=i*1e3,o=e.date(l);if(s>=Nn)return o;let c=o!==n?`${e.time(l)}
${o}`:e.time(l);return n=o,c})}var oa=[60,300,600,900,1800,3600,7200,10800,21600,43200,Nn,2*Nn,7*Nn,14*Nn];function la(t){return t.map(s=>vi(s))}function aa(t,s=!1){s?history.replaceState(history.state,"",t):history.pushState(null,"",t),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:s},bubbles:!1,composed:!0}))}function Me(t,s,e){t.dispatchEvent(new CustomEvent(s,{detail:e,bubbles:!0,composed:!0}))}var ca=["#4269d0","#f4bd4a","#ff725c","#6cc5b0","#a463f2","#ff8ab7","#9c6b4e","#97bbf5","#01ab63","#9498a0","#094bad","#c99000","#d84f3e","#49a28f","#048732"];function un(t){let s=(e,n)=>t(e).trim()||n;return{series:ca.map((e,n)=>s(`--graph-color-${n+1}`,e)),text:s("--secondary-text-color","#727272"),grid:s("--divider-color","rgba(0, 0, 0, 0.12)"),axis:s("--secondary-text-color","#727272"),background:s("--card-background-color","#ffffff"),note:s("--primary-color","#03a9f4"),alert:s("--error-color","#db4437"),event:s("--secondary-text-color","#727272")}}function Cs(t,s){let e=t.series.length?t.series:ca;return e[(s%e.length+e.length)%e.length]}var _f=3,mt=class extends Ce{constructor(){super(...arguments);this.xRange=null;this.dark=!1;this.height=320;this.label="";this.builtFor="";this.programmatic=!1;this.pendingDrawn=!1;this.downAt=null;this.font="Roboto, Noto, sans-serif"}connectedCallback(){super.connectedCallback(),this.resizer=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.resizer.observe(this.plotEl),this.rebuild())}disconnectedCallback(){super.disconnectedCallback(),this.resizer?.disconnect(),this.resizer=void 0,this.plot?.destroy(),this.plot=void 0,this.builtFor=""}get plotWidth(){return this.plot?this.plot.bbox.width/Pe.pxRatio:this.clientWidth}firstUpdated(){this.resizer?.observe(this.plotEl)}updated(e){if(!this.model)return;let n=`${this.model.structureKey}|${this.dark}|${this.height}`;if(!this.plot||n!==this.builtFor||e.has("formatters")||e.has("timeZone")){this.rebuild();return}e.has("model")?this.setData():e.has("xRange")&&this.applyRange()}render(){return H`<div
      class="wrap"
      tabindex="0"
      role="group"
      aria-roledescription="chart"
      aria-label=${`${this.label}. Drag to zoom; arrow keys pan, plus and minus zoom, 0 resets.`}
      @keydown=${this.onKey}
    >
      <div class="plot" dir="ltr"></div>
    </div>`}data(){let e=this.model;return[e.xs,...e.series.map(n=>n.values)]}setData(){this.plot&&(this.pendingDrawn=!0,this.xRange?(this.plot.setData(this.data(),!1),this.applyRange(!0)):this.plot.setData(this.data(),!0))}applyRange(e=!1){let n=this.plot;if(!n)return;let i=this.xRange,l=this.model?.xs??[],o=i?i.min:l[0]??0,c=i?i.max:l[l.length-1]??1;if(!(!e&&n.scales.x?.min===o&&n.scales.x?.max===c)){this.programmatic=!0;try{n.setScale("x",{min:o,max:c>o?c:o+1})}finally{this.programmatic=!1}}}resize(){if(!this.plot||!this.plotEl)return;let e=Math.floor(this.plotEl.clientWidth);e>0&&e!==this.plot.width&&this.plot.setSize({width:e,height:this.height})}rebuild(){if(!this.model||!this.plotEl)return;this.plot?.destroy();let e=getComputedStyle(this);this.theme=un(n=>e.getPropertyValue(n)),this.font=e.getPropertyValue("--ha-font-family-body").trim()||"Roboto, Noto, sans-serif",this.builtFor=`${this.model.structureKey}|${this.dark}|${this.height}`,this.pendingDrawn=!0,this.plot=new Pe(this.options(this.model,this.theme),this.data(),this.plotEl),this.xRange&&this.applyRange(!0),this.plot.over.addEventListener("pointerdown",n=>this.downAt=[n.clientX,n.clientY]),this.plot.over.addEventListener("click",n=>this.onClick(n))}options(e,n){let i=this.formatters,l=(A,R)=>i?i.number(A,R):A==null?"—":A.toFixed(R),o=Math.max(200,Math.floor(this.plotEl.clientWidth||600)),c=`12px ${this.font}`,f={stroke:n.axis,font:c,grid:{stroke:n.grid,width:1},ticks:{stroke:n.grid,width:1}},h=e.xMode==="time",g=h?{...f,space:70,size:48,values:(A,R,w,N,_)=>i?ra(R,_,i):R.map(String)}:{...f,space:60,incrs:[...oa],values:(A,R)=>la(R)},m=e.targets,b={x:{time:h}};for(let A of e.scales)b[A.key]={auto:!0,range:(R,w,N)=>{let _=w,q=N;for(let G of m)G.scale===A.key&&(_=_==null?G.value:Math.min(_,G.value),q=q==null?G.value:Math.max(q,G.value));if(_==null||q==null)return[0,1];let D=Math.max((q-_)*.08,A.decimals>=3?.002:1);return[_-D,q+D]}};let S=[g,...e.scales.map((A,R)=>({...f,scale:A.key,side:R%2===0?3:1,grid:{...f.grid,show:R===0},size:A.decimals>=3?64:54,label:A.unit,labelSize:18,labelFont:c,values:(w,N)=>N.map(_=>l(_,Math.min(A.decimals,3)))}))],k=[{label:h?"Time":"Elapsed",value:(A,R)=>R==null?"—":h?i?.dateTime(R*1e3)??String(R):vi(R)},...e.series.map(A=>({label:A.label,scale:A.scale,stroke:Cs(n,A.colorIndex),width:2,...A.dash?{dash:A.dash}:{},spanGaps:!1,points:{show:!1},value:(R,w)=>w==null?"—":`${l(w,A.decimals)} ${A.unit}`}))],z=this.timeZone;return{width:o,height:this.height,...z?{tzDate:A=>Pe.tzDate(new Date(A*1e3),z)}:{},scales:b,axes:S,series:k,legend:{show:!0,live:!0},cursor:{drag:{x:!0,y:!1,setScale:!0},bind:{dblclick:()=>()=>(Me(this,"reset-zoom"),null)}},hooks:{setScale:[(A,R)=>{if(R!=="x"||this.programmatic)return;let{min:w,max:N}=A.scales.x??{};w!=null&&N!=null&&Me(this,"range-changed",{min:w,max:N})}],draw:[A=>this.drawOverlays(A,n,l)]}}}drawOverlays(e,n,i){let l=this.model;if(!l)return;let{ctx:o,bbox:c}=e,f=Pe.pxRatio;o.save(),o.font=`${11*f}px ${this.font}`,o.textBaseline="bottom",o.lineWidth=1.5*f;for(let g of l.targets){let m=e.valToPos(g.value,g.scale,!0);if(!(m>=c.top&&m<=c.top+c.height))continue;let b=Cs(n,g.colorIndex);o.strokeStyle=b,o.setLineDash([6*f,4*f]),o.beginPath(),o.moveTo(c.left,m),o.lineTo(c.left+c.width,m),o.stroke();let S=l.scales.find(z=>z.key===g.scale),k=`${g.label} target ${i(g.value,S?.decimals??1)} ${S?.unit??""}`;o.fillStyle=b,o.textAlign="right",o.fillText(k,c.left+c.width-4*f,m-2*f)}let h=new Array(_f).fill(-1/0);o.textAlign="left",o.textBaseline="top";for(let g of l.markers){let m=e.valToPos(g.x,"x",!0);if(!(m>=c.left&&m<=c.left+c.width))continue;let b=g.kind==="alert"?n.alert:g.kind==="note"?n.note:n.event;o.strokeStyle=b,o.setLineDash(g.kind==="alert"?[]:g.kind==="note"?[4*f,3*f]:[2*f,3*f]),o.beginPath(),o.moveTo(m,c.top),o.lineTo(m,c.top+c.height),o.stroke();let S=g.text.length>28?`${g.text.slice(0,27)}…`:g.text,k=o.measureText(S).width+6*f,z=h.findIndex(w=>w<m);z<0&&(z=0);let A=Math.min(m+2*f,c.left+c.width-k),R=c.top+2*f+z*15*f;h[z]=A+k,o.globalAlpha=.85,o.fillStyle=n.background,o.fillRect(A,R,k,14*f),o.globalAlpha=1,o.fillStyle=b,o.fillText(S,A+3*f,R+1*f)}o.restore(),this.pendingDrawn&&(this.pendingDrawn=!1,Me(this,"chart-drawn",{points:l.xs.length,series:l.series.length}))}onClick(e){let n=this.downAt;if(this.downAt=null,!this.plot||n&&Math.hypot(e.clientX-n[0],e.clientY-n[1])>4)return;let i=this.plot.cursor.left;i==null||i<0||Me(this,"chart-click",{x:this.plot.posToVal(i,"x")})}onKey(e){let i={ArrowLeft:()=>Me(this,"chart-pan",{fraction:-.25}),ArrowRight:()=>Me(this,"chart-pan",{fraction:.25}),"+":()=>Me(this,"chart-zoom",{factor:.5}),"=":()=>Me(this,"chart-zoom",{factor:.5}),"-":()=>Me(this,"chart-zoom",{factor:2}),0:()=>Me(this,"reset-zoom"),Home:()=>Me(this,"reset-zoom")}[e.key];i&&(e.preventDefault(),i())}};mt.styles=[Jn(ia),Ke`
      :host {
        display: block;
        color: var(--primary-text-color);
      }
      .wrap {
        border-radius: 4px;
        outline: none;
      }
      .wrap:focus-visible {
        box-shadow: 0 0 0 2px var(--primary-color);
      }
      .plot {
        inline-size: 100%;
        min-block-size: 120px;
      }
      .uplot {
        font-family: inherit;
        inline-size: 100% !important;
      }
      .u-legend {
        font-size: 0.875rem;
        color: var(--primary-text-color);
        text-align: start;
      }
      .u-legend .u-marker {
        border-radius: 2px;
      }
      .u-select {
        background: color-mix(in srgb, var(--primary-color) 18%, transparent);
      }
      .u-cursor-x,
      .u-cursor-y {
        border-color: var(--secondary-text-color) !important;
      }
    `],T([ce({attribute:!1})],mt.prototype,"model",2),T([ce({attribute:!1})],mt.prototype,"xRange",2),T([ce({attribute:!1})],mt.prototype,"formatters",2),T([ce({attribute:!1})],mt.prototype,"timeZone",2),T([ce({type:Boolean})],mt.prototype,"dark",2),T([ce({type:Number})],mt.prototype,"height",2),T([ce()],mt.prototype,"label",2),T([ti(".plot")],mt.prototype,"plotEl",2),mt=T([ot("brewpit-chart")],mt);function Nr(t){return Object.fromEntries(Object.entries(t).filter(([,s])=>s!==void 0&&s!==""))}async function ua(t,s={}){return(await t.callWS({type:"brewpit/sessions/list",...Nr(s)})).sessions}function bi(t,s){return t.callWS({type:"brewpit/sessions/get",session_id:s})}function fa(t,s){return t.callWS({type:"brewpit/sessions/create",...Nr(s)})}function pa(t,s){return t.callWS({type:"brewpit/sessions/end",session_id:s})}function ha(t,s,e,n){return t.callWS({type:"brewpit/sessions/annotate",session_id:s,text:e,...n===void 0?{}:{ts:Math.round(n)}})}function Hn(t,s,e={}){let n=Nr(e);return n.from!==void 0&&(n.from=Math.floor(n.from)),n.to!==void 0&&(n.to=Math.ceil(n.to)),t.callWS({type:"brewpit/history",session_id:s,...n})}function yi(t){return t.callWS({type:"brewpit/series/list"})}async function da(t,s,e){let n=await t.fetchWithAuth(`/api/brewpit/sessions/${encodeURIComponent(s)}/export.csv`);if(!n.ok)throw new Error(`CSV export failed: HTTP ${n.status}`);let i=URL.createObjectURL(await n.blob());try{let l=document.createElement("a");l.href=i,l.download=e,l.rel="noopener",document.body.append(l),l.click(),l.remove()}finally{setTimeout(()=>URL.revokeObjectURL(i),1e4)}}function ma(t){let s=t.name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g,"-").replace(/^-|-$/g,"").slice(0,60),e=new Date(t.started_at).toISOString().slice(0,10);return`${s||"session"}-${e}.csv`}function Ge(t){return t&&typeof t=="object"&&"message"in t?String(t.message):String(t)}function $f(t){let s=t.length;if(s<2)return 0;let e=Math.max(1,Math.floor((s-1)/2e3)),n=[];for(let i=e;i<s;i+=e)n.push(t[i][0]-t[i-e][0]);return n.sort((i,l)=>i-l),(n[n.length>>1]??0)/e}function kf(t,s=5){if(t.length<3)return t;let e=Math.max(6e4,$f(t)*s),n=null;for(let i=1;i<t.length;i++){let l=t[i-1],o=t[i];o[0]-l[0]>e&&l[1]!==null&&o[1]!==null&&(n??=t.slice(0,i),n.push([Math.round((l[0]+o[0])/2),null])),n&&n.push(o)}return n??t}function Hr(t,s=5){let e=t.length,n=t.map(h=>kf(h.points,s)),i=t.map(h=>h.offsetMs??0),l=t.map(h=>h.toDisplay),o=new Array(e).fill(0),c=[],f=t.map(()=>[]);for(;;){let h=1/0;for(let g=0;g<e;g++){let m=n[g][o[g]];m&&m[0]-i[g]<h&&(h=m[0]-i[g])}if(h===1/0)break;c.push(h/1e3);for(let g=0;g<e;g++){let m=n[g][o[g]];if(m&&m[0]-i[g]===h){let b=m[1],S=l[g];f[g].push(b===null?null:S?S(b):b),o[g]++}else f[g].push(void 0)}}for(let h=0;h<e;h++)(n[h]!==t[h].points||Af(n[h]))&&Ef(f[h]);return{xs:c,ys:f}}function Af(t){return t.some(s=>s[1]===null)}function Ef(t){let s=t.length;for(let e=0;e<s;e++){if(t[e]!==null)continue;for(let i=e-1;i>=0&&t[i]===void 0;i--)t[i]=null;let n=e+1;for(;n<s&&t[n]===void 0;n++)t[n]=null;e=n-1}}var fn=t=>t;function Mf(t,s){return t==="temperature"||s==="°C"||s==="°F"}function Tf(t,s){return t==="gravity"||t==="specific_gravity"||s==="SG"}function Nt(t){return t==="°F"?"°F":"°C"}function Cf(t){return t*9/5+32}function Rf(t){return(t-32)*5/9}function Ht(t,s,e){return Mf(t,s)?e==="°F"?{unit:"°F",decimals:1,toDisplay:Cf,fromDisplay:Rf}:{unit:"°C",decimals:1,toDisplay:fn,fromDisplay:fn}:Tf(t,s)?{unit:"SG",decimals:3,toDisplay:fn,fromDisplay:fn}:{unit:s,decimals:s==="%"||s==="hPa"?0:s==="V"?2:1,toDisplay:fn,fromDisplay:fn}}var xi=["pit","meat","chamber","wort","gravity","ambient","other"];function ga(t){let s=[];for(let e of t)s.some(n=>n.key===e.scale)||s.push({key:e.scale,unit:e.unit,decimals:e.decimals});return s}function va(t,s){return[t,...s.map(e=>`${e.label}|${e.scale}|${e.colorIndex}|${e.dash??""}`)].join(`
`)}function ba(t,s){let e=t.series.map(c=>Ht(c.kind,c.unit,s)),n=Hr(t.series.map((c,f)=>({points:c.points,toDisplay:e[f].toDisplay}))),i=t.series.map((c,f)=>({label:c.label,scale:e[f].unit,colorIndex:f,values:n.ys[f],decimals:e[f].decimals,unit:e[f].unit})),l=[];t.series.forEach((c,f)=>{c.target!=null&&l.push({scale:e[f].unit,value:e[f].toDisplay(c.target),colorIndex:f,label:c.label})});let o=t.annotations.map(c=>({x:c.ts/1e3,text:c.text,kind:c.kind}));return{xMode:"time",xs:n.xs,series:i,scales:ga(i),targets:l,markers:o,structureKey:va("time",i)}}function ya(t){let s=new Set(t.flatMap(e=>e.history.series.map(n=>n.role)));return xi.filter(e=>s.has(e))}function xa(t,s,e){let n=t.flatMap((c,f)=>c.history.series.filter(h=>h.role===s).map((h,g)=>({input:c,sessionIndex:f,s:h,n:g,unit:Ht(h.kind,h.unit,e)}))),i=Hr(n.map(c=>({points:c.s.points,toDisplay:c.unit.toDisplay,offsetMs:c.input.session.started_at}))),l=n.map((c,f)=>({label:`${c.input.session.name} · ${c.s.label}`,scale:c.unit.unit,colorIndex:c.sessionIndex,values:i.ys[f],decimals:c.unit.decimals,unit:c.unit.unit,...c.n>0?{dash:[8,4+2*c.n]}:{}})),o=[];for(let c of n){if(c.s.target==null)continue;let f=c.unit.toDisplay(c.s.target);o.some(h=>h.value===f&&h.scale===c.unit.unit)||o.push({scale:c.unit.unit,value:f,colorIndex:c.sessionIndex,label:c.s.label})}return{xMode:"elapsed",xs:i.xs,series:l,scales:ga(l),targets:o,markers:[],structureKey:va("elapsed",l)}}function wa(t,s){return t.series.map((e,n)=>{let i=Ht(e.kind,e.unit,s),l=1/0,o=-1/0,c=null,f=null;for(let[h,g]of e.points)g!==null&&(g<l&&(l=g),g>o&&(o=g),c=g,f=h);return{label:e.label,role:e.role,unit:i.unit,decimals:i.decimals,colorIndex:n,latest:c===null?null:i.toDisplay(c),latestTs:f,min:l===1/0?null:i.toDisplay(l),max:o===-1/0?null:i.toDisplay(o),target:e.target==null?null:i.toDisplay(e.target)}})}function Ye(t){let s,e;return(...n)=>(s&&s.length===n.length&&s.every((i,l)=>i===n[l])||(e=t(...n),s=n),e)}function wi(t){let s=Math.round((Number.isFinite(t)?t:0)*2);return Math.min(4e3,Math.max(100,s))}function Sa(t,s){let e=t.ended_at??Math.max(s,t.started_at+6e4);return{from:t.started_at,to:Math.max(e,t.started_at+1)}}function Si(t,s,e=6e4){let n=s.to-s.from,i=Math.min(Math.max(t.to-t.from,Math.min(e,n)),n);(!Number.isFinite(i)||i<=0)&&(i=n);let l=Math.max(s.from,Math.min(t.from,s.to-i));return Number.isFinite(l)||(l=s.from),{from:l,to:l+i}}function _a(t,s,e){let n=(t.to-t.from)*s;return Si({from:t.from+n,to:t.to+n},e)}function $a(t,s,e,n){let i=n??(t.from+t.to)/2,l=i-(i-t.from)*s,o=i+(t.to-i)*s;return Si({from:l,to:o},e)}function ka(t,s,e=.01){if(!t)return!0;let n=(s.to-s.from)*e;return t.from<=s.from+n&&t.to>=s.to-n}var kt=Ke`
  :host {
    color: var(--primary-text-color);
    font-family: var(--ha-font-family-body, Roboto, Noto, sans-serif);
  }
  .card {
    background: var(--card-background-color, var(--ha-card-background));
    border: 1px solid var(--divider-color);
    border-radius: var(--ha-card-border-radius, 12px);
    padding: 16px;
    margin-block-end: 16px;
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.25rem;
    font-weight: 500;
    margin: 0 0 12px;
  }
  h3 {
    font-size: 1rem;
    font-weight: 500;
    margin: 0 0 8px;
  }
  button,
  .button {
    font: inherit;
    font-size: 0.875rem;
    font-weight: 500;
    color: var(--primary-color);
    background: transparent;
    border: 1px solid var(--divider-color);
    border-radius: 18px;
    padding-block: 6px;
    padding-inline: 14px;
    cursor: pointer;
    min-block-size: 36px;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    text-decoration: none;
  }
  button.primary {
    background: var(--primary-color);
    color: var(--text-primary-color, #fff);
    border-color: var(--primary-color);
  }
  button.danger {
    color: var(--error-color);
    border-color: var(--error-color);
  }
  button.icon {
    padding-inline: 8px;
    min-inline-size: 36px;
    justify-content: center;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  input,
  select {
    font: inherit;
    color: var(--primary-text-color);
    background: var(--card-background-color);
    border: 1px solid var(--divider-color);
    border-radius: 8px;
    padding-block: 6px;
    padding-inline: 10px;
    min-block-size: 36px;
    box-sizing: border-box;
  }
  label {
    color: var(--secondary-text-color);
    font-size: 0.875rem;
  }
  .muted {
    color: var(--secondary-text-color);
  }
  .error {
    color: var(--error-color);
  }
  .chip {
    display: inline-block;
    font-size: 0.75rem;
    border-radius: 10px;
    padding-block: 2px;
    padding-inline: 8px;
    border: 1px solid var(--divider-color);
    color: var(--secondary-text-color);
    white-space: nowrap;
  }
  .chip.active {
    color: var(--primary-color);
    border-color: var(--primary-color);
  }
  .chip.alert {
    color: var(--error-color);
    border-color: var(--error-color);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .spacer {
    flex: 1;
  }
  .swatch {
    display: inline-block;
    inline-size: 10px;
    block-size: 10px;
    border-radius: 2px;
    margin-inline-end: 6px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding-block: 6px;
    padding-inline: 8px;
    border-block-end: 1px solid var(--divider-color);
    font-size: 0.875rem;
  }
  th {
    color: var(--secondary-text-color);
    font-weight: 500;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;var Ir={pit:"Pit",meat:"Meat",chamber:"Chamber",wort:"Wort",gravity:"Gravity",ambient:"Ambient",other:"Other"},At=class extends Ce{constructor(){super(...arguments);this.narrow=!1;this.ids=[];this.inputs=[];this.error="";this.loading=!1;this.xRange=null;this.seq=0;this.fmt=Ye(as);this.roles=Ye(ya);this.models=Ye((e,n)=>this.roles(e).map(i=>({role:i,model:xa(e,i,n)})))}willUpdate(e){e.has("ids")&&this.load()}async load(){let e=++this.seq;if(this.xRange=null,this.ids.length===0){this.inputs=[];return}this.loading=!0,this.error="";let n=wi((this.clientWidth||window.innerWidth)-120);try{let i=await Promise.all(this.ids.map(async l=>{let[o,c]=await Promise.all([bi(this.hass,l),Hn(this.hass,l,{max_points:n})]);return{session:o,history:c}}));e===this.seq&&(this.inputs=i)}catch(i){e===this.seq&&(this.error=Ge(i))}finally{e===this.seq&&(this.loading=!1)}}zoomBy(e){let n=this.models(this.inputs,this.temp).map(g=>g.model.xs),i=Math.min(0,...n.map(g=>g[0]??0)),l=Math.max(1,...n.map(g=>g[g.length-1]??0)),o=this.xRange??{min:i,max:l},c=(o.min+o.max)/2,f=Math.max(300,(o.max-o.min)*e/2),h={min:Math.max(i,c-f),max:Math.min(l,c+f)};this.xRange=h.min<=i&&h.max>=l?null:h}get temp(){return Nt(this.hass.config.unit_system.temperature)}render(){let e=this.fmt(this.hass.locale,this.hass.config.time_zone);if(this.ids.length<2)return H`<div class="card">
        <p>Pick two or more sessions in the list to compare them.</p>
        <button @click=${()=>Me(this,"brewpit-navigate",{path:"/sessions"})}>
          Go to sessions
        </button>
      </div>`;if(this.error)return H`<div class="card error" role="alert">${this.error}</div>`;if(this.loading||this.inputs.length===0)return H`<div class="card" role="status">Loading sessions…</div>`;let n=un(o=>getComputedStyle(this).getPropertyValue(o)),i=this.hass.themes?.darkMode??!1,l=Date.now();return H`
      <section class="card" aria-labelledby="cmp-title">
        <div class="toolbar">
          <h2 id="cmp-title">Compare ${this.inputs.length} sessions</h2>
          <span class="spacer"></span>
          <button class="icon" aria-label="Zoom in" @click=${()=>this.zoomBy(.5)}>+</button>
          <button class="icon" aria-label="Zoom out" @click=${()=>this.zoomBy(2)}>−</button>
          <button ?disabled=${!this.xRange} @click=${()=>this.xRange=null}>Reset zoom</button>
        </div>
        <ul class="legend">
          ${this.inputs.map(({session:o},c)=>H`<li>
                <span class="swatch" style=${`background:${Cs(n,c)}`}></span>
                <a
                  href=${"#"}
                  @click=${f=>{f.preventDefault(),Me(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(o.id)}`})}}
                  >${o.name}</a
                >
                <span class="muted">
                  ${e.dateTime(o.started_at)} ·
                  ${cn((o.ended_at??l)-o.started_at)}
                </span>
              </li>`)}
        </ul>
      </section>
      ${this.models(this.inputs,this.temp).map(({role:o,model:c})=>H`<section class="card" aria-label=${`${Ir[o]} compared`}>
            <h3>${Ir[o]}</h3>
            <brewpit-chart
              .model=${c}
              .xRange=${this.xRange}
              .formatters=${e}
              ?dark=${i}
              .height=${this.narrow?220:300}
              label=${`${Ir[o]} of ${this.inputs.length} sessions by elapsed time`}
              @range-changed=${f=>this.xRange=f.detail}
              @reset-zoom=${()=>this.xRange=null}
              @chart-zoom=${f=>this.zoomBy(f.detail.factor)}
            ></brewpit-chart>
          </section>`)}
      ${this.roles(this.inputs).length===0?H`<div class="card muted">These sessions have no channels to compare.</div>`:X}
    `}};At.styles=[kt,Ke`
      :host {
        display: block;
      }
      h2 {
        margin: 0;
      }
      .legend {
        list-style: none;
        padding: 0;
        margin-block: 12px 0;
        display: flex;
        flex-wrap: wrap;
        gap: 8px 24px;
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 6px;
        flex-wrap: wrap;
      }
      a {
        color: var(--primary-color);
      }
    `],T([ce({attribute:!1})],At.prototype,"hass",2),T([ce({type:Boolean,reflect:!0})],At.prototype,"narrow",2),T([ce({attribute:!1})],At.prototype,"ids",2),T([ee()],At.prototype,"inputs",2),T([ee()],At.prototype,"error",2),T([ee()],At.prototype,"loading",2),T([ee()],At.prototype,"xRange",2),At=T([ot("brewpit-compare")],At);function _i(t){if(t.state===null||t.state==="")return null;let s=typeof t.state=="number"?t.state:Number(t.state);return Number.isFinite(s)?s:null}var pn=class{open(s,e,n){this.unsub||(this.unsub=s.connection.subscribeMessage(e,{type:"brewpit/live/subscribe"}).catch(i=>{n?.(i)}))}get active(){return this.unsub!==void 0}close(){let s=this.unsub;this.unsub=void 0,s?.then(e=>e?.()).catch(()=>{})}};var Pf=5e3;function zf(t){let s=new Map;for(let e of t){let n=e.device_name||e.device_id,i=s.get(n)??[];i.push(e),s.set(n,i)}return[...s.entries()].sort(([e],[n])=>e.localeCompare(n)).map(([e,n])=>[e,n.sort((i,l)=>i.key.localeCompare(l.key))])}var Et=class extends Ce{constructor(){super(...arguments);this.narrow=!1;this.series=[];this.states=new Map;this.error="";this.loaded=!1;this.now=Date.now();this.live=new pn;this.fmt=Ye(as);this.groups=Ye(zf)}connectedCallback(){super.connectedCallback(),this.ticker=setInterval(()=>this.now=Date.now(),Pf),this.hass&&this.start()}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker),this.live.close()}willUpdate(){this.hass&&!this.live.active&&this.isConnected&&this.start()}start(){this.live.open(this.hass,e=>this.onLive(e),e=>this.error=`Live updates unavailable: ${Ge(e)}`),this.load()}async load(){try{let e=await yi(this.hass),n=new Map(this.states);for(let i of e)n.has(i.id)||n.set(i.id,{value:i.last_value,ts:i.last_ts,unavailable:i.last_ts==null});this.series=e,this.states=n}catch(e){this.error=Ge(e)}finally{this.loaded=!0}}onLive(e){let n=new Map(this.states);for(let i of e.states){let l=_i(i),o=n.get(i.series_id);n.set(i.series_id,{value:l??null,ts:l===null?o?.ts??null:i.ts,unavailable:l===null})}this.states=n}render(){let e=this.fmt(this.hass.locale,this.hass.config.time_zone),n=Nt(this.hass.config.unit_system.temperature);return this.loaded?H`
      ${this.error?H`<p class="error" role="alert">${this.error}</p>`:X}
      ${this.series.length===0?H`<div class="card muted">No probes yet. Pair an edge node to see it here.</div>`:X}
      <div class="devices">
        ${this.groups(this.series).map(([i,l])=>H`<section class="card" aria-label=${`Device ${i}`}>
              <h3>${i}</h3>
              <ul>
                ${l.map(o=>{let c=this.states.get(o.id),f=Ht(o.kind,o.unit,n),h=c&&!c.unavailable&&c.value!==null?`${e.number(f.toDisplay(c.value),f.decimals)} ${f.unit}`:null,g=c?.ts!=null?e.relative(this.now-c.ts):"never";return H`<li class=${h?"":"unavailable"}>
                    <span class="probe">${o.name||o.key}</span>
                    <span class="value" aria-live="off">${h??"Unavailable"}</span>
                    <span class="seen muted" title=${c?.ts?e.dateTime(c.ts):""}>
                      last seen ${g}
                    </span>
                  </li>`})}
              </ul>
            </section>`)}
      </div>
    `:H`<div class="card" role="status">Loading probes…</div>`}};Et.styles=[kt,Ke`
      :host {
        display: block;
      }
      .devices {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
        gap: 16px;
      }
      .devices .card {
        margin: 0;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        grid-template-areas: 'probe value' 'seen seen';
        padding-block: 8px;
        border-block-end: 1px solid var(--divider-color);
      }
      li:last-child {
        border-block-end: none;
      }
      .probe {
        grid-area: probe;
      }
      .value {
        grid-area: value;
        font-size: 1.25rem;
        font-variant-numeric: tabular-nums;
      }
      .seen {
        grid-area: seen;
        font-size: 0.75rem;
      }
      .unavailable .value {
        color: var(--error-color);
        font-size: 1rem;
      }
      :host([narrow]) .devices {
        grid-template-columns: 1fr;
      }
    `],T([ce({attribute:!1})],Et.prototype,"hass",2),T([ce({type:Boolean,reflect:!0})],Et.prototype,"narrow",2),T([ee()],Et.prototype,"series",2),T([ee()],Et.prototype,"states",2),T([ee()],Et.prototype,"error",2),T([ee()],Et.prototype,"loaded",2),T([ee()],Et.prototype,"now",2),Et=T([ot("brewpit-live")],Et);var Aa=Ke`
  :host {
    display: block;
  }
  .head h2 {
    margin: 0;
  }
  .meta {
    margin-block: 8px 0;
  }
  .small {
    font-size: 0.8125rem;
  }
  .chart-tools {
    margin-block-end: 8px;
  }
  .columns {
    display: grid;
    grid-template-columns: 3fr 2fr;
    gap: 16px;
  }
  .columns > .card {
    margin-block-end: 0;
  }
  :host([narrow]) .columns {
    grid-template-columns: 1fr;
  }
  .note-form {
    display: flex;
    gap: 8px;
  }
  .note-form input {
    flex: 1;
    min-inline-size: 0;
  }
  .notes {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .notes li {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: baseline;
    padding-block: 6px;
    border-block-end: 1px solid var(--divider-color);
  }
  .notes time {
    color: var(--secondary-text-color);
    font-size: 0.8125rem;
  }
  button.link {
    border: none;
    min-block-size: 0;
    padding: 0;
    text-decoration: underline;
  }
  :host([narrow]) .card {
    padding: 12px;
  }
  :host([narrow]) table .muted {
    display: none;
  }
`;var Df=250,Lf=1e3,We=class extends Ce{constructor(){super(...arguments);this.narrow=!1;this.sessionId="";this.range=null;this.error="";this.loading=!1;this.noteText="";this.noteAt=null;this.confirmEnd=!1;this.busy=!1;this.requestSeq=0;this.live=new pn;this.liveBuffer=new Map;this.model=Ye(ba);this.figures=Ye(wa);this.fmt=Ye(as);this.theme=Ye(e=>un(n=>getComputedStyle(this).getPropertyValue(n)));this.xRange=Ye(e=>e&&{min:e.from/1e3,max:e.to/1e3})}connectedCallback(){super.connectedCallback(),this.syncLive()}disconnectedCallback(){super.disconnectedCallback(),this.live.close(),clearTimeout(this.refetchTimer),clearTimeout(this.liveTimer),this.liveBuffer.clear()}willUpdate(e){e.has("sessionId")&&this.sessionId&&this.load()}updated(e){e.has("session")&&this.syncLive()}get temp(){return Nt(this.hass.config.unit_system.temperature)}maxPoints(){let e=this.chart?.plotWidth||this.clientWidth-120||window.innerWidth-120;return wi(e)}async load(){let e=++this.requestSeq;this.loading=!0,this.error="",this.range=null,this.noteAt=null,this.confirmEnd=!1,this.live.close();try{let[n,i]=await Promise.all([bi(this.hass,this.sessionId),Hn(this.hass,this.sessionId,{max_points:this.maxPoints()})]);if(e!==this.requestSeq)return;this.session=n,this.history=i}catch(n){e===this.requestSeq&&(this.error=Ge(n))}finally{e===this.requestSeq&&(this.loading=!1)}}bounds(){return Sa(this.session,Date.now())}setRange(e){if(!this.session)return;let n=this.bounds();this.range=e&&!ka(e,n,.001)?Si(e,n):null,clearTimeout(this.refetchTimer),this.refetchTimer=setTimeout(()=>{this.refetch()},Df)}async refetch(){let e=++this.requestSeq,n=this.range;try{let i=await Hn(this.hass,this.sessionId,{...n?{from:n.from,to:n.to}:{},max_points:this.maxPoints()});e===this.requestSeq&&(this.history=i)}catch(i){e===this.requestSeq&&(this.error=Ge(i))}}syncLive(){this.isConnected&&this.session?.status==="active"&&this.hass?this.live.open(this.hass,e=>this.onLive(e),e=>this.error=`Live updates unavailable: ${Ge(e)}`):this.live.close()}onLive(e){let n=new Set(this.session?.channels.map(i=>i.series_id));for(let i of e.states){if(!n.has(i.series_id))continue;let l=this.liveBuffer.get(i.series_id)??[];l.push([i.ts,_i(i)]),this.liveBuffer.set(i.series_id,l)}this.liveBuffer.size&&this.liveTimer===void 0&&(this.liveTimer=setTimeout(()=>this.flushLive(),Lf))}flushLive(){this.liveTimer=void 0;let e=this.history;if(!e||!this.liveBuffer.size)return;let n=e.series.map(l=>{let o=this.liveBuffer.get(l.series_id);if(!o)return l;let c=l.points.length?l.points[l.points.length-1][0]:-1/0,f=o.filter(h=>h[0]>c).sort((h,g)=>h[0]-g[0]);return f.length?{...l,points:[...l.points,...f]}:l});this.liveBuffer.clear();let i=Math.max(e.to,...n.map(l=>l.points[l.points.length-1]?.[0]??0));this.history={...e,series:n,to:i}}onRangeChanged(e){this.setRange({from:e.detail.min*1e3,to:e.detail.max*1e3})}current(){return this.range??this.bounds()}pan(e){this.setRange(_a(this.current(),e,this.bounds()))}zoom(e){this.setRange($a(this.current(),e,this.bounds()))}async addNote(e){e.preventDefault();let n=this.noteText.trim();if(!(!n||!this.session)){this.busy=!0;try{let i=await ha(this.hass,this.session.id,n,this.noteAt??void 0);if(this.noteText="",this.noteAt=null,this.history){let l=[...this.history.annotations,i].sort((o,c)=>o.ts-c.ts);this.history={...this.history,annotations:l}}}catch(i){this.error=Ge(i)}finally{this.busy=!1}}}async end(){if(this.session){this.busy=!0;try{this.session=await pa(this.hass,this.session.id),this.confirmEnd=!1}catch(e){this.error=Ge(e)}finally{this.busy=!1}}}async exportCsv(){if(this.session)try{await da(this.hass,this.session.id,ma(this.session))}catch(e){this.error=Ge(e)}}render(){let e=this.fmt(this.hass.locale,this.hass.config.time_zone);if(!this.session||!this.history)return H`<div class="card" role="status">
        ${this.error?H`<span class="error">${this.error}</span>`:"Loading session…"}
      </div>`;let n=this.session,i=this.model(this.history,this.temp),l=Date.now(),o=this.hass.themes?.darkMode??!1,c=this.hass.locale.time_zone==="server"?this.hass.config.time_zone:void 0;return H`
      <section class="card head" aria-labelledby="title">
        <div class="toolbar">
          <h2 id="title">${n.name}</h2>
          <span class="chip">${n.kind==="cook"?"Cook":"Brew"}</span>
          <span class="chip ${n.status==="active"?"active":""}">
            ${n.status==="active"?"Running":"Ended"}
          </span>
          <span class="spacer"></span>
          <button @click=${()=>{this.exportCsv()}} aria-label="Export CSV">Export CSV</button>
          ${n.status==="active"?this.renderEnd():X}
        </div>
        <p class="muted meta">
          Started ${e.dateTime(n.started_at)} ·
          ${n.ended_at?`ended ${e.dateTime(n.ended_at)} · `:""}
          ${cn((n.ended_at??l)-n.started_at)}
          ${n.recipe?H` · ${n.recipe}`:X}
          ${n.og!=null?H` · OG ${e.number(n.og,3)}`:X}
        </p>
        ${this.error?H`<p class="error" role="alert">${this.error}</p>`:X}
      </section>
      <section class="card" aria-label="Chart">
        <div class="toolbar chart-tools">
          <button class="icon" aria-label="Pan earlier" @click=${()=>this.pan(-.25)}>‹</button>
          <button class="icon" aria-label="Pan later" @click=${()=>this.pan(.25)}>›</button>
          <button class="icon" aria-label="Zoom in" @click=${()=>this.zoom(.5)}>+</button>
          <button class="icon" aria-label="Zoom out" @click=${()=>this.zoom(2)}>−</button>
          <button ?disabled=${!this.range} @click=${()=>this.setRange(null)}>Reset zoom</button>
          <span class="spacer"></span>
          <span class="muted small" aria-live="polite">
            ${this.range?`${e.dateTime(this.range.from)} – ${e.dateTime(this.range.to)}`:"Whole session"}
            ${this.history.series.some(f=>f.downsampled)?" · downsampled":""}
          </span>
        </div>
        ${i.series.length===0?H`<p class="muted">This session has no channels yet.</p>`:H`<brewpit-chart
                .model=${i}
                .xRange=${this.xRange(this.range)}
                .formatters=${e}
                .timeZone=${c}
                ?dark=${o}
                .height=${this.narrow?260:380}
                label=${`${n.name} chart`}
                @range-changed=${this.onRangeChanged}
                @reset-zoom=${()=>this.setRange(null)}
                @chart-pan=${f=>this.pan(f.detail.fraction)}
                @chart-zoom=${f=>this.zoom(f.detail.factor)}
                @chart-click=${f=>this.noteAt=Math.round(f.detail.x*1e3)}
              ></brewpit-chart>`}
      </section>
      <div class="columns">${this.renderFigures(e,o)} ${this.renderNotes(e)}</div>
    `}renderEnd(){return this.confirmEnd?H`<span role="group" aria-label="Confirm ending the session" class="toolbar">
      <button class="danger" ?disabled=${this.busy} @click=${()=>{this.end()}}>
        Confirm end
      </button>
      <button @click=${()=>this.confirmEnd=!1}>Cancel</button>
    </span>`:H`<button class="danger" @click=${()=>this.confirmEnd=!0}>
        End session
      </button>`}renderFigures(e,n){let i=this.figures(this.history,this.temp),l=this.theme(n);return H`<section class="card" aria-labelledby="figures-title">
      <h3 id="figures-title">${this.range?"Key figures in view":"Key figures"}</h3>
      <table class="figures">
        <thead>
          <tr>
            <th>Channel</th>
            <th class="num">Now</th>
            <th class="num">Min</th>
            <th class="num">Max</th>
            <th class="num">Target</th>
          </tr>
        </thead>
        <tbody>
          ${i.map(o=>H`<tr>
                <td>
                  <span
                    class="swatch"
                    style=${`background:${Cs(l,o.colorIndex)}`}
                  ></span
                  >${o.label} <span class="muted">${o.role}</span>
                </td>
                <td class="num">${e.number(o.latest,o.decimals)} ${o.unit}</td>
                <td class="num">${e.number(o.min,o.decimals)}</td>
                <td class="num">${e.number(o.max,o.decimals)}</td>
                <td class="num">${o.target==null?"—":e.number(o.target,o.decimals)}</td>
              </tr>`)}
        </tbody>
      </table>
    </section>`}renderNotes(e){let n=this.history.annotations;return H`<section class="card" aria-labelledby="notes-title">
      <h3 id="notes-title">Notes and alerts</h3>
      <form class="note-form" @submit=${i=>{this.addNote(i)}}>
        <label for="note" class="visually-hidden">Note text</label>
        <input
          id="note"
          name="note"
          maxlength="500"
          placeholder="Add a note, e.g. wrapped in butcher paper"
          .value=${this.noteText}
          @input=${i=>this.noteText=i.target.value}
        />
        <button class="primary" type="submit" ?disabled=${this.busy||!this.noteText.trim()}>
          Add note
        </button>
      </form>
      <p class="muted small">
        ${this.noteAt?H`At ${e.dateTime(this.noteAt)} (picked on the chart)
                <button class="link" @click=${()=>this.noteAt=null}>use now</button>`:"At the current time; click the chart to pick another moment."}
      </p>
      ${n.length?H`<ul class="notes">
              ${n.map(i=>H`<li>
                    <span class="chip ${i.kind==="alert"?"alert":""}">${i.kind}</span>
                    <time datetime=${new Date(i.ts).toISOString()}>${e.dateTime(i.ts)}</time>
                    <span>${i.text}</span>
                  </li>`)}
            </ul>`:H`<p class="muted">No notes yet.</p>`}
    </section>`}};We.styles=[kt,Aa],T([ce({attribute:!1})],We.prototype,"hass",2),T([ce({type:Boolean,reflect:!0})],We.prototype,"narrow",2),T([ce()],We.prototype,"sessionId",2),T([ee()],We.prototype,"session",2),T([ee()],We.prototype,"history",2),T([ee()],We.prototype,"range",2),T([ee()],We.prototype,"error",2),T([ee()],We.prototype,"loading",2),T([ee()],We.prototype,"noteText",2),T([ee()],We.prototype,"noteAt",2),T([ee()],We.prototype,"confirmEnd",2),T([ee()],We.prototype,"busy",2),T([ti("brewpit-chart")],We.prototype,"chart",2),We=T([ot("brewpit-session-detail")],We);function Nf(t,s){let e=t.toLowerCase();for(let n of xi)if(e.startsWith(n))return n;return e.includes("probe")||e.includes("food")?"meat":e.includes("ferment")||e.includes("beer")?"wort":s==="gravity"?"gravity":"other"}var gt=class extends Ce{constructor(){super(...arguments);this.rows=[];this.kind="cook";this.name="";this.recipe="";this.og="";this.error="";this.busy=!1}connectedCallback(){super.connectedCallback(),this.loadSeries()}async loadSeries(){try{let e=await yi(this.hass);this.rows=e.map(n=>({series:n,on:!1,role:Nf(n.key,n.kind),target:""}))}catch(e){this.error=Ge(e)}}patchRow(e,n){this.rows=this.rows.map((i,l)=>l===e?{...i,...n}:i)}async submit(e){e.preventDefault();let n=Nt(this.hass.config.unit_system.temperature),i=this.rows.filter(o=>o.on).map(o=>{let c=Ht(o.series.kind,o.series.unit,n),f=Number.parseFloat(o.target.replace(",","."));return{series_id:o.series.id,role:o.role,label:o.series.name||o.series.key,...Number.isFinite(f)?{target:Math.round(c.fromDisplay(f)*1e3)/1e3}:{}}}),l=Number.parseFloat(this.og.replace(",","."));this.busy=!0,this.error="";try{let o=await fa(this.hass,{kind:this.kind,name:this.name.trim(),channels:i,...this.recipe.trim()?{recipe:this.recipe.trim()}:{},...this.kind==="brew"&&Number.isFinite(l)?{og:l}:{}});Me(this,"session-created",o)}catch(o){this.error=Ge(o)}finally{this.busy=!1}}render(){let e=Nt(this.hass.config.unit_system.temperature);return H`<form class="card" @submit=${n=>{this.submit(n)}}>
      <h2>New session</h2>
      <div class="grid">
        <label>
          Name
          <input
            required
            maxlength="120"
            .value=${this.name}
            @input=${n=>this.name=n.target.value}
          />
        </label>
        <label>
          Kind
          <select
            @change=${n=>this.kind=n.target.value}
          >
            <option value="cook" ?selected=${this.kind==="cook"}>Cook</option>
            <option value="brew" ?selected=${this.kind==="brew"}>Brew</option>
          </select>
        </label>
        <label>
          Recipe
          <input
            maxlength="200"
            .value=${this.recipe}
            @input=${n=>this.recipe=n.target.value}
          />
        </label>
        ${this.kind==="brew"?H`<label>
                Original gravity
                <input
                  inputmode="decimal"
                  placeholder="1.050"
                  .value=${this.og}
                  @input=${n=>this.og=n.target.value}
                />
              </label>`:X}
      </div>
      <fieldset>
        <legend>Probes</legend>
        ${this.rows.length===0?H`<p class="muted">No probes known yet; pair an edge node first.</p>`:this.rows.map((n,i)=>{let l=Ht(n.series.kind,n.series.unit,e),o=n.series.name||n.series.key;return H`<div class="probe">
                  <label class="check">
                    <input
                      type="checkbox"
                      .checked=${n.on}
                      @change=${c=>this.patchRow(i,{on:c.target.checked})}
                    />
                    ${o}
                  </label>
                  <select
                    aria-label=${`Role of ${o}`}
                    ?disabled=${!n.on}
                    @change=${c=>this.patchRow(i,{role:c.target.value})}
                  >
                    ${xi.map(c=>H`<option value=${c} ?selected=${c===n.role}>${c}</option>`)}
                  </select>
                  <input
                    class="target"
                    inputmode="decimal"
                    aria-label=${`Target of ${o} in ${l.unit}`}
                    placeholder=${`target ${l.unit}`}
                    ?disabled=${!n.on}
                    .value=${n.target}
                    @input=${c=>this.patchRow(i,{target:c.target.value})}
                  />
                </div>`})}
      </fieldset>
      ${this.error?H`<p class="error" role="alert">${this.error}</p>`:X}
      <div class="toolbar">
        <span class="spacer"></span>
        <button class="primary" type="submit" ?disabled=${this.busy||!this.name.trim()}>
          Start session
        </button>
      </div>
    </form>`}};gt.styles=[kt,Ke`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
        gap: 12px;
      }
      .grid label {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      fieldset {
        border: 1px solid var(--divider-color);
        border-radius: 8px;
        margin-block: 12px;
        padding: 8px 12px;
      }
      legend {
        color: var(--secondary-text-color);
        padding-inline: 4px;
      }
      .probe {
        display: grid;
        grid-template-columns: minmax(0, 1fr) 8em 8em;
        gap: 8px;
        align-items: center;
        padding-block: 4px;
      }
      .check {
        color: var(--primary-text-color);
        display: flex;
        align-items: center;
        gap: 8px;
      }
      .target {
        inline-size: 100%;
      }
    `],T([ce({attribute:!1})],gt.prototype,"hass",2),T([ee()],gt.prototype,"rows",2),T([ee()],gt.prototype,"kind",2),T([ee()],gt.prototype,"name",2),T([ee()],gt.prototype,"recipe",2),T([ee()],gt.prototype,"og",2),T([ee()],gt.prototype,"error",2),T([ee()],gt.prototype,"busy",2),gt=T([ot("brewpit-session-form")],gt);var Ea="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",Ma="M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z",Ta="M17.66 11.2C17.43 10.9 17.15 10.64 16.89 10.38C16.22 9.78 15.46 9.35 14.82 8.72C13.33 7.26 13 4.85 13.95 3C13 3.23 12.17 3.75 11.46 4.32C8.87 6.4 7.85 10.07 9.07 13.22C9.11 13.32 9.15 13.42 9.15 13.55C9.15 13.77 9 13.97 8.8 14.05C8.57 14.15 8.33 14.09 8.14 13.93C8.08 13.88 8.04 13.83 8 13.76C6.87 12.33 6.69 10.28 7.45 8.64C5.78 10 4.87 12.3 5 14.47C5.06 14.97 5.12 15.47 5.29 15.97C5.43 16.57 5.7 17.17 6 17.7C7.08 19.43 8.95 20.67 10.96 20.92C13.1 21.19 15.39 20.8 17.03 19.32C18.86 17.66 19.5 15 18.56 12.72L18.43 12.46C18.22 12 17.66 11.2 17.66 11.2Z",Ca="M4 4h12v3h2a3 3 0 0 1 3 3v4a3 3 0 0 1-3 3h-2v2a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V4zm12 5v6h2a1 1 0 0 0 1-1v-4a1 1 0 0 0-1-1h-2z";function In(t,s=!1){return H`<svg class=${s?"icon flip":"icon"} viewBox="0 0 24 24" aria-hidden="true">
    <path d=${t}></path>
  </svg>`}var Hf=300;function If(t,s,e){let n=[`${t.channels.length} ${t.channels.length===1?"channel":"channels"}`],i=Ht("temperature","°C",e),l=t.summary?.channels??[];if(l.length)for(let o of l.filter(c=>c.role!=="ambient").slice(0,3))o.role==="gravity"?n.push(`${o.label} ${s.number(o.last_value,3)}`):o.max!=null&&n.push(`${o.label} max ${s.number(i.toDisplay(o.max),1)} ${i.unit}`);else{let o=t.channels.filter(c=>c.target!=null&&c.role!=="gravity");for(let c of o.slice(0,2))n.push(`${c.label??c.role} → ${s.number(i.toDisplay(c.target),0)} ${i.unit}`)}return t.og!=null&&n.push(`OG ${s.number(t.og,3)}`),t.recipe&&n.push(t.recipe),n}var st=class extends Ce{constructor(){super(...arguments);this.narrow=!1;this.sessions=[];this.loaded=!1;this.error="";this.kind="";this.status="";this.q="";this.selected=new Set;this.creating=!1;this.seq=0;this.fmt=Ye(as)}connectedCallback(){super.connectedCallback(),this.hass&&this.load()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.searchTimer)}willUpdate(e){e.has("hass")&&!e.get("hass")&&this.hass&&!this.loaded&&this.load()}async load(){let e=++this.seq,n={...this.kind?{kind:this.kind}:{},...this.status?{status:this.status}:{},...this.q.trim()?{q:this.q.trim()}:{}};try{let i=await ua(this.hass,n);if(e!==this.seq)return;this.sessions=[...i].sort((l,o)=>o.started_at-l.started_at),this.error=""}catch(i){e===this.seq&&(this.error=Ge(i))}finally{e===this.seq&&(this.loaded=!0)}}setFilter(e){e.kind!==void 0&&(this.kind=e.kind),e.status!==void 0&&(this.status=e.status),this.load()}onSearch(e){this.q=e.target.value,clearTimeout(this.searchTimer),this.searchTimer=setTimeout(()=>{this.load()},Hf)}open(e){Me(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(e)}`})}toggle(e,n){let i=new Set(this.selected);n?i.add(e):i.delete(e),this.selected=i}compare(){let e=this.sessions.filter(n=>this.selected.has(n.id)).map(n=>n.id);Me(this,"brewpit-navigate",{path:`/compare?ids=${e.map(encodeURIComponent).join(",")}`})}onRowKey(e,n){e.target===e.currentTarget&&(e.key==="Enter"||e.key===" ")&&(e.preventDefault(),this.open(n))}render(){let e=this.fmt(this.hass.locale,this.hass.config.time_zone),n=Nt(this.hass.config.unit_system.temperature),i=Date.now();return H`
      <section class="card" aria-label="Filters">
        <div class="toolbar filters">
          <label>
            <span class="visually-hidden">Search sessions</span>
            <input
              type="search"
              placeholder="Search name, recipe, notes"
              .value=${this.q}
              @input=${this.onSearch}
            />
          </label>
          <label>
            Kind
            <select
              aria-label="Kind"
              @change=${l=>this.setFilter({kind:l.target.value})}
            >
              <option value="">All</option>
              <option value="cook" ?selected=${this.kind==="cook"}>Cooks</option>
              <option value="brew" ?selected=${this.kind==="brew"}>Brews</option>
            </select>
          </label>
          <label>
            Status
            <select
              aria-label="Status"
              @change=${l=>this.setFilter({status:l.target.value})}
            >
              <option value="">All</option>
              <option value="active" ?selected=${this.status==="active"}>Running</option>
              <option value="ended" ?selected=${this.status==="ended"}>Ended</option>
            </select>
          </label>
          <span class="spacer"></span>
          <button
            ?disabled=${this.selected.size<2}
            @click=${this.compare}
            aria-label=${`Compare ${this.selected.size} selected sessions`}
          >
            Compare (${this.selected.size})
          </button>
          <button class="primary" @click=${()=>this.creating=!this.creating}>
            ${this.creating?"Close":"New session"}
          </button>
        </div>
      </section>
      ${this.creating?H`<brewpit-session-form
              .hass=${this.hass}
              @session-created=${l=>this.open(l.detail.id)}
            ></brewpit-session-form>`:X}
      ${this.error?H`<p class="error" role="alert">${this.error}</p>`:X}
      <section class="card list" aria-label="Sessions">
        ${this.loaded?this.sessions.length===0?H`<p class="muted">No sessions match. Start one with “New session”.</p>`:H`<div role="list">
                  ${this.sessions.map(l=>this.renderRow(l,e,n,i))}
                </div>`:H`<p class="muted" role="status">Loading sessions…</p>`}
      </section>
    `}renderRow(e,n,i,l){let o=cn((e.ended_at??l)-e.started_at);return H`<div
      class="row"
      role="listitem"
      tabindex="0"
      aria-label=${`${e.name}, ${e.kind}, ${e.status==="active"?"running":"ended"}, ${o}`}
      @click=${c=>{c.target.closest(".select")||this.open(e.id)}}
      @keydown=${c=>this.onRowKey(c,e.id)}
    >
      <label class="select" @click=${c=>c.stopPropagation()}>
        <input
          type="checkbox"
          aria-label=${`Select ${e.name} for comparison`}
          .checked=${this.selected.has(e.id)}
          @change=${c=>this.toggle(e.id,c.target.checked)}
        />
      </label>
      <span class="kind" aria-hidden="true">${In(e.kind==="cook"?Ta:Ca)}</span>
      <span class="name">
        <strong>${e.name}</strong>
        <span class="muted figures">${If(e,n,i).join(" · ")}</span>
      </span>
      <span class="chip ${e.status==="active"?"active":""} status">
        ${e.status==="active"?"Running":"Ended"}
      </span>
      <span class="muted started">${n.dateTime(e.started_at)}</span>
      <span class="duration">${o}</span>
    </div>`}};st.styles=[kt,Ke`
      :host {
        display: block;
      }
      .filters label {
        display: inline-flex;
        align-items: center;
        gap: 6px;
      }
      .list {
        padding: 0;
        overflow: hidden;
      }
      .list > p {
        padding: 16px;
        margin: 0;
      }
      .row {
        display: grid;
        grid-template-columns: auto auto minmax(0, 1fr) auto 12em 8em;
        align-items: center;
        gap: 12px;
        padding-block: 10px;
        padding-inline: 16px;
        border-block-end: 1px solid var(--divider-color);
        cursor: pointer;
      }
      .row:last-child {
        border-block-end: none;
      }
      .row:hover {
        background: color-mix(in srgb, var(--primary-color) 6%, transparent);
      }
      .row:focus-visible {
        outline: 2px solid var(--primary-color);
        outline-offset: -2px;
      }
      .name {
        display: flex;
        flex-direction: column;
        min-inline-size: 0;
      }
      .name strong {
        font-weight: 500;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .figures {
        font-size: 0.8125rem;
      }
      .kind svg {
        inline-size: 24px;
        block-size: 24px;
        fill: var(--secondary-text-color);
        display: block;
      }
      .duration {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .select input {
        inline-size: 20px;
        block-size: 20px;
        min-block-size: 0;
      }
      :host([narrow]) .row {
        grid-template-columns: auto auto minmax(0, 1fr) auto;
        grid-template-areas: 'select kind name status' 'select kind started duration';
      }
      :host([narrow]) .select {
        grid-area: select;
      }
      :host([narrow]) .kind {
        grid-area: kind;
      }
      :host([narrow]) .name {
        grid-area: name;
      }
      :host([narrow]) .status {
        grid-area: status;
      }
      :host([narrow]) .started {
        grid-area: started;
        font-size: 0.8125rem;
      }
      :host([narrow]) .duration {
        grid-area: duration;
        font-size: 0.8125rem;
      }
    `],T([ce({attribute:!1})],st.prototype,"hass",2),T([ce({type:Boolean,reflect:!0})],st.prototype,"narrow",2),T([ee()],st.prototype,"sessions",2),T([ee()],st.prototype,"loaded",2),T([ee()],st.prototype,"error",2),T([ee()],st.prototype,"kind",2),T([ee()],st.prototype,"status",2),T([ee()],st.prototype,"q",2),T([ee()],st.prototype,"selected",2),T([ee()],st.prototype,"creating",2),st=T([ot("brewpit-sessions-list")],st);function Ra(t,s=""){let e=(t??"").split("?")[0].split("/").filter(Boolean),n=new URLSearchParams((t??"").includes("?")?t.split("?")[1]:s);switch(e[0]){case"session":return e[1]?{view:"session",id:decodeURIComponent(e[1])}:{view:"sessions"};case"compare":{let i=(n.get("ids")??"").split(",").map(l=>l.trim()).filter(Boolean);return{view:"compare",ids:[...new Set(i)]}}case"live":return{view:"live"};default:return{view:"sessions"}}}var Qt=class extends Ce{constructor(){super(...arguments);this.narrow=!1;this.parsed=Ye((e,n)=>Ra(e,n))}get view(){return this.parsed(this.route?.path,window.location.search)}go(e){aa(`${this.route?.prefix??"/brewpit"}${e}`)}onNavigate(e){e.stopPropagation(),this.go(e.detail.path)}render(){if(!this.hass)return X;let e=this.view,n=this.hass.dockedSidebar,i=this.narrow||n==="always_hidden",l=this.panel?.title||"Brewpit",o=e.view==="session"||e.view==="compare";return H`
      <header class="toolbar-top">
        ${i?H`<button
                class="icon-btn"
                aria-label="Open the sidebar"
                @click=${()=>Me(this,"hass-toggle-menu")}
              >
                ${In(Ea)}
              </button>`:X}
        ${o?H`<button
                class="icon-btn"
                aria-label="Back to sessions"
                @click=${()=>this.go("/sessions")}
              >
                ${In(Ma,!0)}
              </button>`:X}
        <h1>${l}</h1>
        <nav aria-label="Brewpit views">
          <a
            href=${`${this.route?.prefix??""}/sessions`}
            aria-current=${e.view==="sessions"?"page":"false"}
            @click=${c=>this.link(c,"/sessions")}
            >Sessions</a
          >
          <a
            href=${`${this.route?.prefix??""}/live`}
            aria-current=${e.view==="live"?"page":"false"}
            @click=${c=>this.link(c,"/live")}
            >Live</a
          >
        </nav>
      </header>
      <main @brewpit-navigate=${this.onNavigate}>${this.renderView(e)}</main>
    `}link(e,n){let i=e;i.ctrlKey||i.metaKey||i.shiftKey||i.button>0||(e.preventDefault(),this.go(n))}renderView(e){switch(e.view){case"session":return H`<brewpit-session-detail
          .hass=${this.hass}
          ?narrow=${this.narrow}
          .sessionId=${e.id}
        ></brewpit-session-detail>`;case"compare":return H`<brewpit-compare
          .hass=${this.hass}
          ?narrow=${this.narrow}
          .ids=${e.ids}
        ></brewpit-compare>`;case"live":return H`<brewpit-live .hass=${this.hass} ?narrow=${this.narrow}></brewpit-live>`;default:return H`<brewpit-sessions-list
          .hass=${this.hass}
          ?narrow=${this.narrow}
        ></brewpit-sessions-list>`}}};Qt.styles=[kt,Ke`
      :host {
        display: block;
        min-block-size: 100vh;
        background: var(--primary-background-color);
      }
      .toolbar-top {
        display: flex;
        align-items: center;
        gap: 8px;
        block-size: var(--header-height, 56px);
        padding-inline: 12px;
        background: var(--app-header-background-color, var(--primary-color));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-block-end: var(--app-header-border-bottom, none);
        position: sticky;
        inset-block-start: 0;
        z-index: 2;
        box-sizing: border-box;
      }
      h1 {
        font-size: 1.25rem;
        font-weight: 400;
        margin: 0;
        margin-inline-end: auto;
        margin-inline-start: 4px;
      }
      .icon-btn {
        color: inherit;
        border: none;
        border-radius: 50%;
        background: transparent;
        inline-size: 44px;
        block-size: 44px;
        padding: 10px;
        justify-content: center;
      }
      .icon-btn svg {
        inline-size: 24px;
        block-size: 24px;
        fill: currentColor;
      }
      .icon-btn svg.flip:dir(rtl) {
        transform: scaleX(-1);
      }
      nav {
        display: flex;
        gap: 4px;
      }
      nav a {
        color: inherit;
        text-decoration: none;
        padding-block: 8px;
        padding-inline: 12px;
        border-radius: 18px;
        opacity: 0.8;
      }
      nav a[aria-current='page'] {
        opacity: 1;
        background: color-mix(in srgb, currentColor 16%, transparent);
      }
      nav a:focus-visible {
        outline: 2px solid currentColor;
      }
      main {
        padding: 16px;
        max-inline-size: 1400px;
        margin-inline: auto;
        box-sizing: border-box;
      }
      :host([narrow]) main {
        padding: 8px;
      }
    `],T([ce({attribute:!1})],Qt.prototype,"hass",2),T([ce({type:Boolean,reflect:!0})],Qt.prototype,"narrow",2),T([ce({attribute:!1})],Qt.prototype,"route",2),T([ce({attribute:!1})],Qt.prototype,"panel",2),Qt=T([ot("brewpit-panel")],Qt);export{Qt as BrewpitPanel};
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
@lit/reactive-element/decorators/custom-element.js:
@lit/reactive-element/decorators/property.js:
@lit/reactive-element/decorators/state.js:
@lit/reactive-element/decorators/event-options.js:
@lit/reactive-element/decorators/base.js:
@lit/reactive-element/decorators/query.js:
@lit/reactive-element/decorators/query-all.js:
@lit/reactive-element/decorators/query-async.js:
@lit/reactive-element/decorators/query-assigned-nodes.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/decorators/query-assigned-elements.js:
  (**
   * @license
   * Copyright 2021 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
